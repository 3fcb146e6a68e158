using System;
using ContentGen.Parsing.Lexicons;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Function words of every lexicon, as jusText uses them: prose is dense in them, menus,
/// captions and link lists are not.
/// </summary>
internal static class Stopwords
{
    /// <summary>Whether <paramref name="word"/> is a stopword in some language, whatever its case.</summary>
    public static bool IsStopword(ReadOnlySpan<char> word) => LexiconTables.Stopwords.Contains(word);

    /// <summary>Whether the word, or its elided article ("l'", "d'", "qu'"), is a stopword.</summary>
    public static bool IsStopwordOrElision(ReadOnlySpan<char> word)
    {
        if (IsStopword(word))
        {
            return true;
        }

        var apostrophe = word.IndexOfAny('\'', '’');
        return apostrophe > 0 && apostrophe <= 3 && IsStopword(word.Slice(0, apostrophe));
    }
}
