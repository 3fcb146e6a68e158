using System;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// A word elided into the next and written as one token: "qu'a", "d'une", "dell'Interno". Several
/// rules ask for its two parts.
/// </summary>
internal static class Elision
{
    /// <summary>The word after the last apostrophe ("l'ingénieure" gives "ingénieure"); the word itself when it has none.</summary>
    public static ReadOnlySpan<char> Tail(ReadOnlySpan<char> word) => word.Slice(LastApostrophe(word) + 1);

    /// <summary>
    /// Whether <paramref name="word"/>, in lower case, is a word elided into a capitalised one ("d'Ormesson", "l'Audiovisuel"):
    /// <paramref name="head"/> is what was elided, with its apostrophe ("d'", "l'").
    /// </summary>
    public static bool IntoCapital(ReadOnlySpan<char> word, out ReadOnlySpan<char> head)
    {
        head = default;
        return word.Length > 0 && char.IsLower(word[0]) && TrySplit(word, out head, out var tail) && char.IsUpper(tail[0]);
    }

    /// <summary>
    /// Splits <paramref name="word"/> at an apostrophe with letters on both sides: the head keeps the
    /// apostrophe ("qu'", "dell'"), the tail is the word it was elided into ("a", "Interno").
    /// </summary>
    public static bool TrySplit(ReadOnlySpan<char> word, out ReadOnlySpan<char> head, out ReadOnlySpan<char> tail)
    {
        var apostrophe = FirstApostrophe(word);
        if (apostrophe <= 0 || apostrophe + 1 >= word.Length)
        {
            head = default;
            tail = default;
            return false;
        }

        head = word.Slice(0, apostrophe + 1);
        tail = word.Slice(apostrophe + 1);
        return true;
    }

    // A plain loop, not the runtime's IndexOfAny: the rules ask this of nearly every word, a word is a few
    // letters long, and for so few the call into the vectorised search is most of its work (session 69's
    // profile; the loop measured in session 71, docs/performance.md).
    private static int FirstApostrophe(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (IsApostrophe(word[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int LastApostrophe(ReadOnlySpan<char> word)
    {
        for (var i = word.Length - 1; i >= 0; i--)
        {
            if (IsApostrophe(word[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';
}
