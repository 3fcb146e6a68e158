using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "la aseguradora sanitaria Zorgzaam", "a seguradora pública Vitalis", "la compagnia aerea Volaria",
// "l'assureur mutualiste Solvia": in the languages that write a body's adjectives after its noun
// (those whose lexicons list AdjectiveEndings), one or two adjectives may stand between the noun that
// says what kind of body follows and the body's name. Only a word that ends as an adjective ends
// (a verb's "compró", "adquiriu" between the noun and a name make the name its object), is no
// function word the lexicons know, and has a capitalised word after it.
internal sealed partial class Phrase
{
    private const int MaxKindAdjectives = 2;

    /// <summary>
    /// Where the body's name starts after the kind noun's adjectives that begin at
    /// <paramref name="at"/>: past them when a capitalised word follows, <paramref name="at"/> otherwise.
    /// </summary>
    private int PastKindAdjectives(IReadOnlyList<Token> sentence, int at)
    {
        if (_words.AdjectiveEndings.Count == 0)
        {
            return at;
        }

        var k = at;
        while (k < sentence.Count && k - at < MaxKindAdjectives && IsKindAdjective(sentence[k]))
        {
            k++;
        }

        return k > at && k < sentence.Count && sentence[k].IsCapitalized ? k : at;
    }

    private bool IsKindAdjective(Token token)
    {
        if (!token.IsWord || !token.IsLower || token.Span.Length < 5 || (WordClasses.Of(_words, token.Span) & ~WordClass.Classified) != 0
            || Lexicons.LexiconTables.Stopwords.Contains(token.Span) || Is(token, WordClass.Filler))
        {
            return false;
        }

        return _words.AdjectiveEndings.EndsAny(token.Span);
    }
}
