using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A timeline's dated entries inside the article ("12 de marzo de 2019" over "La empresa anuncia …"): a date alone on its
/// line, glued over the entry's sentence, in a series of such entries whose dates run in order. They are the article's
/// text, not datelines.
/// </summary>
/// <remarks>
/// What tells them from the dated lines of a page's chrome, in every language: a byline's date stands once, over no
/// sentence glued under it; a list of other stories prints each date under its headline, and readers' comments and a
/// condolence book under the writer's name (the line over the date is no sentence's end, and a comment's date carries a
/// time); a timeline opens each entry on its date (a blank line over it, or the previous entry's last sentence), and three
/// entries or more tell their dates in order, earliest first or latest first.
/// </remarks>
internal static class TimelineEntries
{
    // Three dated entries make a series: two may be a byline's date and a dated note.
    private const int MinEntries = 3;

    // The entry's text under its date is a sentence, not a headline or a name.
    private const int MinEntryWords = 5;

    // A date alone on its line is a few words: "12 de noviembre de 2019", "March 4, 2019".
    private const int MaxDateWords = 6;

    /// <summary>
    /// Adds to <paramref name="dates"/> the date lines of the timeline among <paramref name="blocks"/> from
    /// <paramref name="start"/>, when there is one: nothing when fewer than three entries are found or their dates are
    /// not in order.
    /// </summary>
    /// <remarks>One pass over the blocks; a date is read (one short string) only for a one-line block that opens on a
    /// figure and has a sentence glued under it.</remarks>
    public static void Find(List<TextBlock> blocks, int start, HashSet<TextBlock> dates)
    {
        string? first = null;
        string? last = null;
        var direction = 0;
        var count = 0;
        for (var i = Math.Max(start, 1); i + 1 < blocks.Count; i++)
        {
            if (!IsEntryDate(blocks, i) || Metadata.DateReader.Read(blocks[i].Text.AsSpan()) is not { } date)
            {
                continue;
            }

            if (last is not null)
            {
                var step = Math.Sign(string.CompareOrdinal(date, last));
                if (step != 0 && direction != 0 && step != direction)
                {
                    dates.Clear();
                    return;
                }

                direction = direction == 0 ? step : direction;
            }

            first ??= date;
            last = date;
            count++;
            dates.Add(blocks[i]);
        }

        if (count < MinEntries || string.CompareOrdinal(first, last) == 0)
        {
            dates.Clear();
        }
    }

    // A date alone on its line (no time, no clause), opening its entry, with the entry's sentence glued under it.
    private static bool IsEntryDate(List<TextBlock> blocks, int i)
    {
        var block = blocks[i];
        if (block.LineCount != 1 || block.Facts.Words > MaxDateWords || !Digits.Any(block.Text.AsSpan()))
        {
            return false;
        }

        // The entry glued under it first: the cheaper question, and no for nearly every short line with a digit.
        var entry = blocks[i + 1];
        if (entry.Start.Line != block.Start.Line + 1 || entry.Facts.Words < MinEntryWords || !BlockQuality.EndsLikeSentence(entry.Text.AsSpan()))
        {
            return false;
        }

        var text = Whitespace.Trim(block.Text.AsSpan()).TrimEnd(':');
        if (Metadata.DateReader.OpeningDateEnd(text) != text.Length)
        {
            return false;
        }

        // Over the date: a blank line, or the previous entry's last sentence; never a headline or a name glued over it.
        var above = blocks[i - 1];
        return above.Start.Line + above.LineCount < block.Start.Line
            || (above.Facts.Words >= MinEntryWords && BlockQuality.EndsLikeSentence(above.Text.AsSpan()));
    }
}
