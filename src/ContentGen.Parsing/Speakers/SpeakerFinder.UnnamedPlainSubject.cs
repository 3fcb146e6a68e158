using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Una vecina del bloque de enfrente lo vio todo desde el balcón. «…», recuerda.", "Een buurvrouw van de
// overkant zag alles. ‘…’, zegt ze.", "Eine Anwohnerin steht am Zaun. „…“, sagt sie.": a sentence that
// opens on an indefinite article and a people noun brings that person in as its subject even with no
// relative clause and no word about their name (SpeakerFinder.UnnamedBroughtIn.cs reads the rest: no quote,
// no one named). The writer has turned to someone new, so the pronoun or dropped subject of the quote that
// follows means them; before, it reached back past them to the person named before (es, it, pt, nl) or
// found no one (en, de, fr). Only a people noun (a neighbour, a resident, a pensioner): a role noun ("a
// manager", "an official") is someone the labels leave unnamed, and a German object's article ("Einen
// Anwohner fragte die Polizei", "Einem Rentner …") makes the noun no subject.
internal sealed partial class SpeakerFinder
{
    // Whether the sentence opens on the indefinite article at `article` and the people noun at `head`,
    // the article a subject's.
    private bool OpensOnPeopleNounSubject(IReadOnlyList<Token> sentence, int article, Token head)
    {
        var words = _cues.Words;
        return article == 0 && words.PeopleNouns.Contains(head.Span)
            && !words.ObjectArticles.Contains(sentence[0].Span) && !words.GenitiveArticles.Contains(sentence[0].Span);
    }
}
