using System;

namespace ContentGen.Parsing.Text;

/// <summary>White space as scraped text has it: tabs, no-break, thin and other Unicode spaces.</summary>
internal static class Whitespace
{
    /// <summary>Whether <paramref name="c"/> separates words.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF';

    /// <summary>Whether <paramref name="text"/> holds only white space.</summary>
    public static bool IsBlank(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!IsSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The index of the first non-space character, or the length when there is none.</summary>
    public static int LeadingLength(string text)
    {
        var i = 0;
        while (i < text.Length && IsSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Trims white space of every kind from both ends.</summary>
    public static string Trim(string text)
    {
        var start = LeadingLength(text);
        var end = text.Length;
        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return start == 0 && end == text.Length ? text : text.Substring(start, end - start);
    }
}
