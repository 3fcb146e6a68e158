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
    public static int LeadingLength(string text) => LeadingLength(text.AsSpan());

    /// <summary>Trims white space of every kind from both ends.</summary>
    public static string Trim(string text)
    {
        var trimmed = Trim(text.AsSpan());
        return trimmed.Length == text.Length ? text : trimmed.ToString();
    }

    /// <summary>Trims white space of every kind from both ends of a span, without a copy.</summary>
    public static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text)
    {
        var start = LeadingLength(text);
        var end = text.Length;
        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return text.Slice(start, end - start);
    }

    private static int LeadingLength(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length && IsSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
