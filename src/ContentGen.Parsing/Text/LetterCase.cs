using System;

namespace ContentGen.Parsing.Text;

/// <summary>
/// What the case of a word's letters says, asked alike by the page's readers (a credit line in
/// capitals, an agency's acronym) and the speaker finder (a dateline, a body's acronym).
/// </summary>
internal static class LetterCase
{
    /// <summary>Whether <paramref name="text"/> holds a letter, by <see cref="char.IsLetter(char)"/>.</summary>
    public static bool AnyLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"RSPCA", "ÖBB": two characters or more, each a capital letter; "G7" and "AT&amp;T" are not.</summary>
    public static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "KRESSBRUNN", "AIX-EN-PROVENCE": every letter a capital, and two letters at least (a lone
    /// capital opens many a sentence: "A …", "O …").
    /// </summary>
    public static bool IsCapitalsWord(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }

    /// <summary>"ANA RUIZ / EFE", "12 MAI 2026": no lower-case letter anywhere.</summary>
    public static bool HasNoLowerCase(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
