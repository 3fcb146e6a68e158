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
}
