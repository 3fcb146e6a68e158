using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "An usher who has worked at the Regal for eleven years was less sentimental. '…,' he said.",
// "Une ouvreuse qui travaille à la Scala depuis vingt ans hausse les épaules. « … », dit-elle.": the
// relative clause that describes the unnamed person brought in (SpeakerFinder.UnnamedBroughtIn.cs) names
// the place they work at, a single capitalised word after a definite article. A venue, a firm or a ship
// written so is a thing; in English and French a person's name takes no definite article. Yet that
// capital made the sentence one that names someone, and the pronoun in the quote after it reached back
// to the person quoted before. Read as naming no one: one capitalised word (the next word in lower
// case) right after a lower-case definite article, inside the relative clause (after its pronoun), in
// the languages whose lexicons list their definites (en, fr, es, it, pt, nl: "aan de Kerkstraat"). Not
// German, where every noun is capitalised and the sentence names someone only by two capitals in a row.
// An indefinite article before the capital says the same in every language, more plainly: "… who was
// taken to hospital with a TIA", "… que foi levada para o hospital com um AVC", "… qui roule dans une
// Clio": a name of a person takes no indefinite article, so the capital names an illness, a brand or a
// model, and the one brought in stays the subject.
internal sealed partial class SpeakerFinder
{
    // Whether the capitalised word at `k`, after a definite or an indefinite article, names a thing inside the relative clause that describes the
    // unnamed person whose noun ends before `end`.
    private bool IsVenueInUnnamedsRelative(IReadOnlyList<Token> sentence, int end, int k)
    {
        var words = _cues.Words;
        if (k - 1 <= end || k + 1 >= sentence.Count || !sentence[k - 1].IsLower
            || !(words.Definites.Contains(sentence[k - 1].Span) || _cues.Is(sentence[k - 1], WordClass.Indefinite))
            || (sentence[k + 1].IsWord && sentence[k + 1].IsCapitalized))
        {
            return false;
        }

        for (var j = end; j < k - 1; j++)
        {
            var token = sentence[j];
            if (token.Kind == TokenKind.Quote || (token.IsWord && token.IsCapitalized))
            {
                return false;
            }

            if (token.IsWord && token.IsLower && words.RelativePronouns.Contains(token.Span))
            {
                return true;
            }
        }

        return false;
    }
}
