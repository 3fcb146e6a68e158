using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "Le porte-parole du Rassemblement national tacle ce « … »", "Il portavoce del Consiglio
// regionale ha denunciato «…»": read back from the verb, the subject ends in a lower-case word
// of its role's complement, which is no one; the role before the link heads the phrase, and is
// who spoke. The same role with nothing after it ("Le porte-parole a dénoncé") was read already;
// the complement only stood in the way.
internal sealed partial class Phrase
{
    // A role's lower-case complement: its link, perhaps an article, and a noun with an adjective
    // or a capitalised name ("du Rassemblement national"), at most this many words.
    private const int MaxComplementWords = 3;

    /// <summary>
    /// The index of the role noun whose complement ends at <paramref name="last"/>, a lower-case
    /// word, or -1: a definite article and a role noun, a link of its language's head links (or
    /// elided into the next word, "d'Ostrava"), then up to <see cref="MaxComplementWords"/>
    /// words with no comma between, one of them capitalised.
    /// </summary>
    private int RoleBeforeLowerComplement(IReadOnlyList<Token> sentence, int last)
    {
        for (var j = last; j >= 1 && last - j < MaxComplementWords; j--)
        {
            var token = sentence[j];
            if (!token.IsWord)
            {
                return -1;
            }

            // "d'entreprise", "dell'azienda": the link elided into the complement's first word.
            var elidedLink = token.IsLower && Elision.TrySplit(token.Span, out var head, out _) && _words.ElidedLinks.Contains(head);
            var link = elidedLink ? j : j - 1;
            if (link >= 1 && (elidedLink || (sentence[link].IsLower && _words.HeadLinks.Contains(sentence[link].Span)))
                && sentence[link - 1].IsLower && IsRoleNoun(sentence[link - 1]))
            {
                return HasDefiniteBefore(sentence, link - 1) && ComplementHasCapital(sentence, link + 1, last) ? link - 1 : -1;
            }
        }

        return -1;
    }

    // "du Rassemblement national", "del Consiglio regionale": a capitalised word in the complement
    // names the office, which the role's holders are told apart by (Phrase.Complements.cs). "le
    // directeur de la criée" names none: a director of something other than the one the article
    // named may be meant, and nothing can tell; no rule.
    private static bool ComplementHasCapital(IReadOnlyList<Token> sentence, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (sentence[k].IsCapitalized || (Elision.TrySplit(sentence[k].Span, out _, out var word) && word.Length > 0 && char.IsUpper(word[0])))
            {
                return true;
            }
        }

        return false;
    }

    // "le porte-parole", "la nouvelle directrice", "l'avocat": the role opens a definite noun
    // phrase, which points back to someone. "Rory Lane, editor of the Harbour magazine, said",
    // "X, nouveau président de l'Umih, s'est dit" describe the name before them, whose own
    // reading stands; no article, no rule.
    private bool HasDefiniteBefore(IReadOnlyList<Token> sentence, int role)
    {
        if (Elision.TrySplit(sentence[role].Span, out var article, out _) && _words.Definites.Contains(article))
        {
            return true;
        }

        // The article is capitalised where it opens the sentence ("Le porte-parole du parti tacle").
        for (var j = role - 1; j >= 0 && j >= role - 1 - MaxRoleModifiers && sentence[j].IsWord; j--)
        {
            if (IsDefinite(sentence[j]) && (sentence[j].IsLower || j == 0))
            {
                return true;
            }

            if (!sentence[j].IsLower)
            {
                return false;
            }
        }

        return false;
    }
}
