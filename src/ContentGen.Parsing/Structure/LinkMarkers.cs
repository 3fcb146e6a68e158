using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// lynx numbers each link it prints ("[11]Jane Roe", "[3]Sport"). A writer's name is often a link to the writer's
/// page, so a byline may open with a marker that is none of its words.
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
        if (line.Length < 4 || line[0] != '[')
        {
            return line;
        }

        var close = 1;
        while (close < line.Length && close <= MaxDigits && char.IsDigit(line[close]))
        {
            close++;
        }

        return close > 1 && close + 1 < line.Length && line[close] == ']' && char.IsLetter(line[close + 1]) ? line.Slice(close + 1) : line;
    }
}
