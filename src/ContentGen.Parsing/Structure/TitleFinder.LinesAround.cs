using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// What stands on the lines right around a candidate in the document: a group of glued lines, a
// live report's time stamp, and where those lines start and end.
internal static partial class TitleFinder
{
    // Whether the lines right above and right below `block` in the document hold text: the block is a line of a group.
    private static bool InsideLineGroup(string document, TextBlock block)
    {
        // The line break right before the block (CR LF, LF or CR), then the character before it: text, or another break.
        var start = block.Start.Offset;
        var before = start - 1;
        if (before < 0 || !IsLineBreak(document, before))
        {
            return false;
        }

        before -= before > 0 && document[before] == '\n' && document[before - 1] == '\r' ? 2 : 1;

        // Spaces or a tab a dump left at the end of the line above are no break in the group; a line of them alone is blank.
        while (before >= 0 && document[before] is ' ' or '\t' or '\u00A0')
        {
            before--;
        }

        if (before < 0 || IsLineBreak(document, before) || char.IsWhiteSpace(document[before]))
        {
            return false;
        }

        // The end of the block's last line, then the next line's first character.
        var at = start;
        for (var line = 0; line < block.LineCount && at < document.Length; line++)
        {
            while (at < document.Length && document[at] is not ('\n' or '\r'))
            {
                at++;
            }

            at += at + 1 < document.Length && document[at] == '\r' && document[at + 1] == '\n' ? 2 : 1;
        }

        return at < document.Length && document[at] is not ('\n' or '\r') && !char.IsWhiteSpace(document[at]);
    }

    private static bool IsLineBreak(string document, int at) => document[at] is '\n' or '\r';

    /// <summary>
    /// The last block that no blank line parts from the page's first block (-1 with no blocks): on a page printed with no
    /// blank line over its article, every block down to the article's. Read once a page; a line ends at LF, at CR LF or at
    /// CR alone, as the page's lines are read, so the same page reads the same whatever its line ends.
    /// </summary>
    private static int LastUnbrokenBlock(IReadOnlyList<TextBlock> blocks, string document)
    {
        if (blocks.Count == 0)
        {
            return -1;
        }

        // Where the first line of white space alone ends: the blocks that start past it are set apart from the top.
        var blank = document.Length;
        var lineEmpty = false;
        for (var i = Math.Max(0, blocks[0].Start.Offset); i < document.Length; i++)
        {
            var c = document[i];
            if (c == '\n' || (c == '\r' && (i + 1 == document.Length || document[i + 1] != '\n')))
            {
                if (lineEmpty)
                {
                    blank = i;
                    break;
                }

                lineEmpty = true;
            }
            else if (lineEmpty && !char.IsWhiteSpace(c))
            {
                lineEmpty = false;
            }
        }

        var last = 0;
        while (last + 1 < blocks.Count && blocks[last + 1].Start.Offset <= blank)
        {
            last++;
        }

        return last;
    }

    // A live report's time alone: "14:35 Uhr", "ore 10.30", "10h32": a dateline of a few words that gives no date.
    private const int MaxTimeStampWords = 3;

    // "14:35 Uhr" / "Fähren nach Borkum fallen aus": a live report's entry, its title printed right under the time it was
    // posted, or one blank line under it ("09h10" / "" / "Autocarros com atrasos"); the time may be set aside as a line of
    // chrome before the blocks are read. Two lines are read, at most.
    private static bool UnderTimeStamp(string document, TextBlock block)
    {
        // The time may open the block itself, printed with the entry's title as one group of lines.
        var text = block.Text.AsSpan();
        var newline = text.IndexOf('\n');
        if (block.LineCount == 2 && newline > 0 && IsTimeStamp(text.Slice(0, newline).Trim()))
        {
            return true;
        }

        var end = LineEndAbove(document, block.Start.Offset);
        if (end < 0)
        {
            return false;
        }

        var start = LineStart(document, end);
        var above = document.AsSpan(start, end - start).Trim();
        if (above.Length > 0)
        {
            return IsTimeStamp(above);
        }

        // A blank line: the time stands on the line over it.
        end = LineEndAbove(document, start);
        if (end < 0)
        {
            return false;
        }

        start = LineStart(document, end);
        return IsTimeStamp(document.AsSpan(start, end - start).Trim());
    }

    // Where the line above the line starting at `offset` ends (its line break's first character), or -1 at the document's start.
    // LiveEntries reads the line above an entry's title by it too.
    internal static int LineEndAbove(string document, int offset)
    {
        var end = offset;
        end -= end > 0 && document[end - 1] == '\n' ? 1 : 0;
        end -= end > 0 && document[end - 1] == '\r' ? 1 : 0;
        return end == offset || end == 0 ? -1 : end;
    }

    // Where the line holding the character before `end` starts.
    private static int LineStart(string document, int end)
    {
        var start = end;
        while (start > 0 && document[start - 1] is not ('\n' or '\r'))
        {
            start--;
        }

        return start;
    }

    // A stamp's word ("Updated 14:35", "Publié à 10h32") makes no entry's time: a page may print it over its headline.
    internal static bool IsTimeStamp(ReadOnlySpan<char> line)
        => line.Length > 0 && Digits.Any(line) && !Words.MoreThan(line, MaxTimeStampWords) && !LexiconTables.DatelinePrefixes.StartsAny(line)
        && !LexiconTables.UpdatePrefixes.StartsAny(line) && PageLines.IsDateline(line.ToString()) && Metadata.DateReader.Read(line) is null;
}
