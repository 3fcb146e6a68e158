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
// Anwohner fragte die Polizei", "Einem Rentner …") makes the noun no subject. Nor does a phrase that
// describes the subject still to come: "A father of three himself, he …", "Un père de famille lui aussi, il …";
// nor a passive with its agent ("A teenager has been named by police."): the person is acted on, and the quote
// after is most often the agent's.
internal sealed partial class SpeakerFinder
{
    // Whether the sentence opens on the indefinite article at `article` (or the article opens the subject
    // after an opening phrase, SpeakerFinder.UnnamedAfterOpeningPhrase.cs, or of being among a group,
    // SpeakerFinder.UnnamedAmongGroup.cs) and the people noun at `head`
    // ending before `end`, the article a subject's.
    private bool OpensOnPeopleNounSubject(IReadOnlyList<Token> sentence, int article, Token head, int end)
    {
        var words = _cues.Words;
        return (article == 0 || OpensSubjectAfterOpeningPhrase(sentence, article) || OpensSubjectAfterAmongPhrase(sentence, article)) && words.PeopleNouns.Contains(head.Span)
            && !words.ObjectArticles.Contains(sentence[article].Span) && !words.GenitiveArticles.Contains(sentence[article].Span)
            && !PronounSubjectAfterComma(sentence, end) && !PassiveWithAgent(sentence, end);
    }

    // Whether a passive's auxiliary after `end` is followed by its agent's preposition ("has been named by police").
    private bool PassiveWithAgent(IReadOnlyList<Token> sentence, int end)
    {
        var words = _cues.Words;
        var auxiliary = false;
        for (var k = end; k < sentence.Count; k++)
        {
            var token = sentence[k];
            if (!token.IsWord || !token.IsLower)
            {
                continue;
            }

            if (auxiliary && words.PassiveAgents.Contains(token.Span))
            {
                return true;
            }

            auxiliary |= words.PassiveAuxiliaries.Contains(token.Span);
        }

        return false;
    }

    // Whether a comma after `end` is followed by a pronoun, the sentence's subject the opening phrase described.
    private bool PronounSubjectAfterComma(IReadOnlyList<Token> sentence, int end)
    {
        for (var k = end; k + 1 < sentence.Count; k++)
        {
            if (sentence[k].Kind == TokenKind.Comma && sentence[k + 1].IsWord && _cues.Is(sentence[k + 1], WordClass.Pronoun))
            {
                return true;
            }
        }

        return false;
    }
}
