using System;
using System.Text;

namespace ContentGen.Parsing.Metadata;

/// <summary>
/// lynx numbers every link it prints, and a byline that links two writers' pages marks both names
/// ("Par [8]Jeanne Roux et [9]Paul Mercier"). The markers are no words of the names.
/// </summary>
internal static class InnerLinkMarkers
{
    // lynx numbers a page's links from 1; a page has hundreds, seldom ten thousand.
    private const int MaxDigits = 4;

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
