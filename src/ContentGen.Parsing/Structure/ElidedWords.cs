using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// French and Italian write an article or a preposition into the word after it ("L'association", "l'Union",
/// "dell'acqua", "qu'il"): one token, two words. A rule that weighs a line by its words ("a deck is a clause of eight
/// words or more") counts the elided function word as the word it is, so that a French or Italian line reads as long as
/// the same line in Dutch or German ("De stichting neemt het gebouw over"); Italian's "dell'", "sull'", "quest'" are
/// function words with their vowel put back. English contractions ("it's") are two words as well; a name's apostrophe
/// ("O'Neill", "d'Aubigny" after a first name) rarely stands in the lines these rules weigh.
/// </summary>
internal static class ElidedWords
{
    // "l'", "qu'", "dell'", "sull'": the elided word is short.
    private const int MaxHeadLetters = 4;

    /// <summary>How many words of <paramref name="text"/> open on an elided function word (a stopword before an apostrophe).</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        var reader = new WordReader(text);
        while (reader.Read())
        {
            if (!reader.HasApostrophe)
            {
                continue;
            }

            var word = reader.Word;
            var apostrophe = word.IndexOfAny('\'', '’');
            if (apostrophe > 0 && apostrophe <= MaxHeadLetters && apostrophe + 1 < word.Length && char.IsLetter(word[apostrophe + 1])
                && IsElidedFunctionWord(word.Slice(0, apostrophe)))
            {
                count++;
            }
        }

        return count;
    }

    // "l", "qu", "un": the function word itself; "dell", "sull", "quest": Italian's preposition or determiner that keeps its
    // vowel before a consonant ("dello", "della", "sullo", "questa"), a stopword once the vowel is put back.
    private static bool IsElidedFunctionWord(ReadOnlySpan<char> head)
    {
        if (Stopwords.IsStopword(head))
        {
            return true;
        }

        Span<char> full = stackalloc char[MaxHeadLetters + 1];
        head.CopyTo(full);
        full[head.Length] = 'o';
        if (Stopwords.IsStopword(full.Slice(0, head.Length + 1)))
        {
            return true;
        }

        full[head.Length] = 'a';
        return Stopwords.IsStopword(full.Slice(0, head.Length + 1));
    }
}
