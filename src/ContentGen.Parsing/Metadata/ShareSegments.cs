using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Metadata;

/// <summary>
/// Templates print the share buttons on the byline's line, between bars or bullets: "Ana Gil | Madrid | 20/03/2025 |
/// Compartir en Facebook", "Deel dit artikel | Door Els de Wit | 24 maart 2025". The share segment is chrome: the
/// writer and the date are read from the rest of the line.
/// </summary>
internal static class ShareSegments
{
    // "Compartir en Facebook X WhatsApp", "Artikel teilen": the share verb is the segment's first or second word.
    private const int ShareVerbReach = 2;

    /// <summary>
    /// <paramref name="line"/> without the segments, between " | ", " • " or " · ", that open with a share verb
    /// (<c>ShareVerbs</c>), when a segment of something else stays; else <paramref name="line"/>.
    /// </summary>
    public static ReadOnlySpan<char> Without(ReadOnlySpan<char> line)
    {
        // Every block of a page is asked whether it is a byline, and nearly none holds a separator: one vectorised
        // search lets them through without the walk below.
        if (line.IndexOfAny('|', '•', '·') < 0)
        {
            return line;
        }

        var start = 0;
        var end = line.Length;
        var segmentStart = 0;
        for (var i = 0; i <= line.Length; i++)
        {
            var separator = i < line.Length && IsSeparator(line, i);
            if (!separator && i < line.Length)
            {
                continue;
            }

            var segment = line.Slice(segmentStart, i - segmentStart);
            if (OpensWithShareVerb(segment))
            {
                // A leading share segment is skipped; the first one after the writer's ends what is read.
                if (segmentStart == start)
                {
                    start = i < line.Length ? i + 1 : i;
                }
                else
                {
                    end = segmentStart - 1;
                    break;
                }
            }

            segmentStart = i + 1;
        }

        var kept = Whitespace.Trim(line.Slice(start, Math.Max(0, end - start)));
        return kept.Length == 0 || (start == 0 && end == line.Length) ? line : kept;
    }

    /// <summary>
    /// Where the first bar, bullet or middle dot with a space on each side stands in <paramref name="line"/>, or -1: a
    /// template's separator, where a middle dot inside a word is a letter's ("Marcel·lí").
    /// </summary>
    public static int FirstSeparator(ReadOnlySpan<char> line)
    {
        for (var i = line.IndexOfAny('|', '•', '·'); i >= 0 && i < line.Length; i++)
        {
            if (IsSeparator(line, i))
            {
                return i;
            }
        }

        return -1;
    }

    // A bar, bullet or middle dot with a space on each side.
    private static bool IsSeparator(ReadOnlySpan<char> line, int at)
        => line[at] is '|' or '•' or '·' && at > 0 && at + 1 < line.Length && Whitespace.IsSpace(line[at - 1]) && Whitespace.IsSpace(line[at + 1]);

    private static bool OpensWithShareVerb(ReadOnlySpan<char> segment)
    {
        // "Deel 3", "Part 2": a share button names a network or the article, never a number; the same word before one
        // is a series' part.
        if (Digits.Any(segment))
        {
            return false;
        }

        var words = 0;
        var reader = new WordReader(segment);
        while (reader.Read() && words < ShareVerbReach)
        {
            if (LexiconTables.ShareVerbs.Contains(reader.Word))
            {
                return true;
            }

            words++;
        }

        return false;
    }
}
