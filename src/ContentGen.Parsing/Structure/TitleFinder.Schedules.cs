using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// A programme guide's items ("20:30 Tagesschau"), whose times date no headline.
internal static partial class TitleFinder
{
    // "14:00 Informativo mediodía", "20:30 Tagesschau": a programme guide's item, a time of day then what is on, no date. It
    // dates no headline: the label over the guide ("Programación de hoy") is no article's.
    private const int MinScheduleTitleWords = 2;
    private const int MinScheduleItems = 2;

    // "9:00", "14:00": a clock's length before the item's title.
    private const int MinClockLength = 4;
    private const int MaxClockLength = 5;

    private static bool IsScheduleLine(IReadOnlyList<TextBlock> blocks, int index)
    {
        // A guide lists items, two at least, in one block or in blocks glued one under another; one line with a time
        // ("09:41 Uhr MEZ", "10:32 AM EST") is a stamp with its unit and zone.
        var block = blocks[index];
        if (block.LineCount < MinScheduleItems
            && !(index + 1 < blocks.Count && blocks[index + 1].Start.Line == block.Start.Line + block.LineCount && IsScheduleLine(blocks[index + 1]))
            && !(index > 0 && blocks[index - 1].Start.Line + blocks[index - 1].LineCount == block.Start.Line && IsScheduleLine(blocks[index - 1])))
        {
            return false;
        }

        return IsScheduleLine(block);
    }

    // "10:32 Cortes de agua en el barrio del puerto" / "09:15 El club ficha a un defensa": a "latest news" box prints its
    // headlines each after its time, as a guide prints its items, in lines glued together. They are links, not the
    // article's first paragraph. A live page's entries after their times are sentences and end on their stops.
    private static bool IsTimedHeadlines(IReadOnlyList<TextBlock> blocks, int index)
    {
        var block = blocks[index];
        if (block.LineCount < MinScheduleItems || !IsScheduleLine(block))
        {
            return false;
        }

        for (var k = 0; k < block.LineCount; k++)
        {
            var line = block.Line(k).Span.Trim();
            if (line.Length > 0 && Punctuation.IsTerminal(line[line.Length - 1]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsScheduleLine(TextBlock block)
    {
        var text = block.Text.AsSpan();
        while (text.Length > 0)
        {
            var end = text.IndexOf('\n');
            var line = (end < 0 ? text : text.Slice(0, end)).Trim();
            if (!IsScheduleItem(line))
            {
                return false;
            }

            text = end < 0 ? ReadOnlySpan<char>.Empty : text.Slice(end + 1);
        }

        return true;
    }

    private static bool IsScheduleItem(ReadOnlySpan<char> line)
    {
        var space = line.IndexOf(' ');
        if (space < MinClockLength || space > MaxClockLength || !char.IsDigit(line[0]) || !PageLines.HasClockTime(line.Slice(0, space)) || Metadata.DateReader.Read(line) is not null)
        {
            return false;
        }

        var rest = line.Slice(space + 1);
        return Words.MoreThan(rest, MinScheduleTitleWords - 1) && char.IsUpper(rest[0]) && !LexiconTables.DatelinePrefixes.StartsAny(rest)
            && !LexiconTables.UpdatePrefixes.StartsAny(rest);
    }
}
