using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Ana Gil dirige las obras. La ingeniera añadió: «…»", "La sindacalista ha risposto: «…»",
// "La sociologue a ajouté : « … »": a definite article and a profession opening the sentence, right
// before its verb, are the epithet that "«…», añadió la ingeniera" is after an inverted cue, and mean
// whom it means (SpeakerFinder.ProfessionMeant: the subject of the sentence just before, or the one
// person the article gave the profession; never a person given a role, an organisation, nor the
// speaker of a quote just before). Read back from the verb, the noun was no role, and the quote went
// to no one. Stops: only a verb followed straight by its colon or the quote; only a profession the
// lexicons list as an epithet, straight after the article that opens the sentence (an indefinite
// article brings someone new in; a complement, "la ingeniera de la obra", leaves the role reading as
// before); nouns capitalised as every German noun is are not read here, nor an article elided into
// the noun ("L'ingénieure a ajouté : « … »" still gives no one).
internal sealed partial class Phrase
{
    // The profession at `noun`, the word before the verb, when a definite article opening the
    // sentence stands before it; None otherwise.
    private Subject OpeningProfessionEpithet(IReadOnlyList<Token> sentence, int noun, int verb)
    {
        var word = sentence[noun];
        var article = sentence[0];
        return noun == 1 && word.IsWord && word.IsLower && article.IsWord && _words.ProfessionEpithets.Contains(word.Span)
            && OpensQuoteAfter(sentence, verb)
            && (IsDefinite(article) || (Is(article, WordClass.Definite) && Is(word, WordClass.FemaleTitle)))
            ? new Subject(SubjectKind.Role, word.Text, verb, isEpithet: true)
            : Subject.None;
    }

    // "añadió: «…»", "a observé : « … »": the verb is followed straight by the colon that brings the
    // quote in, or by the quote. A clause that goes on ("Il biologo ha parlato della Regione di X,
    // Carlo Neri, …") is about the profession's holder, whom the quote after it need not be by.
    private static bool OpensQuoteAfter(IReadOnlyList<Token> sentence, int verb)
        => verb + 1 < sentence.Count && sentence[verb + 1].Kind is TokenKind.Colon or TokenKind.Quote;
}
