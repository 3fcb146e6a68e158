using System;
using System.Text;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// lynx numbers each link it prints ("[11]Jane Roe", "[3]Sport"). A writer's name is often a link to the writer's
/// page, so a byline may open with a marker that is none of its words, and one that links two writers' pages marks
/// both names ("Par [8]Jeanne Roux et [9]Paul Mercier").
/// </summary>
internal static class LinkMarkers
{
    // lynx numbers a page's links from 1; a page has hundreds, seldom ten thousand.
    private const int MaxDigits = 4;

    /// <summary>
    /// <paramref name="line"/> past the link marker that opens it when a letter follows the marker ("[11]Jane Roe" →
    /// "Jane Roe"); else <paramref name="line"/>, spaces around it trimmed. "[1] 2 3" and "[…]" are left as they are.
    /// </summary>
    public static ReadOnlySpan<char> PastLeading(ReadOnlySpan<char> line)
    {
        line = Whitespace.Trim(line);
        return line.Length > 0 && MarkerEnd(line, 0) is var close and >= 0 ? line.Slice(close + 1) : line;
    }

    /// <summary>
    /// <paramref name="text"/> without the link markers that stand right before a letter ("[9]Paul" → "Paul"), or
    /// <see langword="null"/> when it holds none. "[1] 2 3" and "[…]" are left as they are.
    /// </summary>
    public static string? Without(ReadOnlySpan<char> text)
    {
        if (text.IndexOf('[') < 0)
        {
            return null;
        }

        StringBuilder? plain = null;
        string? whole = null;
        var copied = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var close = MarkerEnd(text, i);
            if (close < 0)
            {
                continue;
            }

            whole ??= text.ToString();
            plain ??= new StringBuilder(text.Length);
            plain.Append(whole, copied, i - copied);
            copied = close + 1;
            i = close;
        }

        return plain?.Append(whole, copied, text.Length - copied).ToString();
    }

    // Where the marker opening at `at` closes, when a letter follows it; else -1.
    private static int MarkerEnd(ReadOnlySpan<char> text, int at)
    {
        if (text[at] != '[')
        {
            return -1;
        }

        var close = at + 1;
        while (close < text.Length && close - at <= MaxDigits && char.IsDigit(text[close]))
        {
            close++;
        }

        return close > at + 1 && close + 1 < text.Length && text[close] == ']' && char.IsLetter(text[close + 1]) ? close : -1;
    }
}
