using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Jüngstes Mitglied ist Lukas, 17, der im Tenor singt.", "The youngest is Lukas, 17, who …", "La
// plus jeune est Léa, 17 ans, …", "La più giovane è Giulia, 17 anni, …": a short opening that
// describes someone (an article, an adjective, a noun) and a copula, then a first name with its age:
// the name is the predicate, and the person the writer turns to, as after "Entre os grevistas está"
// (SpeakerFinder.AgedNewcomerAfterCopula.cs, which this opening lets read the name). Without this the
// opening words, capitalised as German writes nouns, were read as a person's name, whom the next
// pronoun meant ("sagt er" → "Jüngstes Mitglied"). The opening words may read as a name themselves (two
// capitalised words): the first name with its age after the copula says who the sentence is about.
// Not an opening with a capitalised word inside where nouns take none (a name), a title, a pronoun, a
// possessive or a preposition (the name is then an object or someone else's), nor a copula further in.
internal sealed partial class SpeakerFinder
{
    // "Jüngstes Mitglied ist", "The youngest member is": the words before the copula.
    private const int MaxDescribedOpening = 3;

    // The index of the copula after a describing opening of two or three words, or -1.
    private int DescribedOpeningCopula(IReadOnlyList<Token> sentence)
    {
        for (var c = 2; c <= MaxDescribedOpening && c < sentence.Count; c++)
        {
            var word = sentence[c - 1];
            if (!word.IsWord || _cues.Is(word, WordClass.Title | WordClass.Pronoun | WordClass.Possessive | WordClass.Preposition)
                || (word.IsCapitalized && !_cues.Words.CapitalisesNouns))
            {
                return -1;
            }

            if (sentence[c].IsWord && sentence[c].IsLower && _cues.Words.Copulas.Contains(sentence[c].Span))
            {
                var first = sentence[0];
                return first.IsWord && !_cues.Is(first, WordClass.Title | WordClass.Pronoun | WordClass.Possessive | WordClass.Preposition)
                    && !_cues.Words.Demonstratives.Contains(first.Span) ? c : -1;
            }
        }

        return -1;
    }
}
