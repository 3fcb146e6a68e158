using System;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// The first unit a dump could have wrapped of a line: French typography binds an opening guillemet to
/// its word with a no-break space ("« inefficace »"), which the dump wraps as one unit and then prints
/// as a plain space, so a line opening with "« " wrapped the mark and the word after it together.
/// </summary>
internal static class BoundQuoteMarks
{
    /// <summary>The length of <paramref name="line"/>'s first wrapped unit: its first word, or an opening guillemet, its space and the word after.</summary>
    public static int FirstUnitLength(ReadOnlySpan<char> line)
    {
        var firstWord = line.IndexOf(' ');
        if (firstWord < 0)
        {
            return line.Length;
        }

        if (firstWord != 1 || line[0] is not ('«' or '‹'))
        {
            return firstWord;
        }

        var second = line.Slice(firstWord + 1).IndexOf(' ');
        return second < 0 ? line.Length : firstWord + 1 + second;
    }
}
