using System;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// The gaps a dump prints between columns of one line ("Serves 6   Prep 20 min   Cook 40 min", "Facebook      12"): three
/// spaces or more, or a tab, between two words. A doubled space is a typing slip ("The  new  timetable", "60g  sugar"), and
/// spaces around a dash or a bar ("Valley line  –  what changes") part phrases, not columns. Figure tables
/// (<see cref="FigureTables"/>) read their own narrower gaps, since a table's row also ends on a figure.
/// </summary>
internal static class ColumnGaps
{
    private const int MinGapSpaces = 3;

    /// <summary>How many column gaps stand between the words of <paramref name="text"/>.</summary>
    public static int Count(string text)
    {
        var gaps = 0;
        for (var at = Next(text.AsSpan(), 0, out var length); at >= 0; at = Next(text.AsSpan(), at + length, out length))
        {
            gaps++;
        }

        return gaps;
    }

    /// <summary>
    /// Where the first column gap at or after <paramref name="from"/> in <paramref name="text"/> starts, and its
    /// <paramref name="length"/>; -1 when there is none.
    /// </summary>
    public static int Next(ReadOnlySpan<char> text, int from, out int length)
    {
        var i = Math.Max(from, 1);
        while (i < text.Length)
        {
            if (text[i] is not (' ' or '\t') || !char.IsLetterOrDigit(text[i - 1]))
            {
                i++;
                continue;
            }

            var end = i;
            var tab = false;
            while (end < text.Length && text[end] is ' ' or '\t')
            {
                tab |= text[end] == '\t';
                end++;
            }

            if ((tab || end - i >= MinGapSpaces) && end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                length = end - i;
                return i;
            }

            i = end;
        }

        length = 0;
        return -1;
    }
}
