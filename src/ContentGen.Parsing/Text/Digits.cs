using System;

namespace ContentGen.Parsing.Text;

/// <summary>Whether a text holds a number, by <see cref="char.IsDigit(char)"/>, as the rules that read numbers test them.</summary>
internal static class Digits
{
    /// <summary>Whether <paramref name="text"/> holds a digit: rules that need a number (a date, a time) turn the rest away first.</summary>
    public static bool Any(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The index of the first character at or after <paramref name="from"/> that is no digit (the text's length when
    /// every one is): where a number written in digits ends.
    /// </summary>
    public static int End(ReadOnlySpan<char> text, int from)
    {
        var i = from;
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Whether <paramref name="word"/> is a number written in digits alone ("29", "2026"), and not empty.</summary>
    public static bool Only(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    /// <summary>
    /// Whether <paramref name="word"/> is a number of at most <paramref name="maxDigits"/> digits: a page's number in a
    /// print's folio or footer runs to a few hundred, and a longer one there is something else (a year, a code).
    /// </summary>
    public static bool Only(ReadOnlySpan<char> word, int maxDigits) => word.Length <= maxDigits && Only(word);

    /// <summary>
    /// The value of <paramref name="text"/> written in ASCII digits alone, at most <paramref name="maxDigits"/> of them, or
    /// -1: a date's day, hour or year, a gallery's picture number; a longer run there is something else (a code).
    /// </summary>
    public static int Value(ReadOnlySpan<char> text, int maxDigits)
    {
        if (text.Length == 0 || text.Length > maxDigits)
        {
            return -1;
        }

        var value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }

    /// <summary>
    /// Whether <paramref name="word"/> is a year of the press's dates, four digits from 1900 to 2099: a rights notice's
    /// "© 2025" and a dateline's year, never a count or a code.
    /// </summary>
    public static bool IsYear(ReadOnlySpan<char> word)
        => word.Length == 4 && Only(word) && (word[0] == '1' ? word[1] == '9' : word[0] == '2' && word[1] == '0');
}
