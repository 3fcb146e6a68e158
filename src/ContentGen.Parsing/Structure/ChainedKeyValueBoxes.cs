using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A box of "Key: value" lines under a subheading of the article, where the line over the subheading is the article's
/// text without being a paragraph: another box's last line ("Attendance: about 650."), a short sentence. A match
/// report's statistics under "Statistics" below its line-ups, a vote's figures under "Results" below a one-line summary:
/// <see cref="KeyValueBoxes"/> wants a paragraph of prose over the subheading, set apart from the box, and reads neither.
/// Under the box the article goes on: a paragraph, or the next subheading glued over one.
/// What tells the box from a page's chrome of the same shape (a weather panel, a results ticker, a contact footer) is
/// where it stands: between the article's text and a paragraph of its prose going on under it, under a subheading glued
/// over its lines; a panel over the headline or a footer under the article has no such paragraph under it, and a contact
/// box's lines give a phone, a mail or a web address (<see cref="KeyValueBoxes.IsKeyValueLine"/>).
/// </summary>
internal static class ChainedKeyValueBoxes
{
    // Three facts at least: with the line above read more loosely than KeyValueBoxes does, the box shows more of its shape.
    private const int MinLines = 3;

    // The subheading is a short phrase ("Statistics", "Match facts"), no sentence.
    private const int MaxHeadingWords = 6;

    /// <summary>
    /// Adds the lines of each such box from <paramref name="from"/> on to <paramref name="items"/>, and its subheading to
    /// <paramref name="labels"/>. One pass over the blocks; a block's lines are read only under a subheading over the article's text.
    /// </summary>
    public static void Add(IReadOnlyList<TextBlock> blocks, int from, HashSet<TextBlock> items, HashSet<TextBlock>? labels)
    {
        for (var i = from + 2; i < blocks.Count; i++)
        {
            // The subheading's place is asked first (two line numbers); its words, then the box's lines, only where it fits.
            var label = blocks[i - 1];
            if (!ArticleLists.FollowsOn(label, blocks[i]) || !ArticleLists.ApartFrom(blocks[i - 2], label) || items.Contains(blocks[i])
                || !ArticleLists.IsLabel(label, MaxHeadingWords) || !ArticleLists.IsArticleText(blocks[i - 2]) || !KeyValueBoxes.IsBoxBlock(blocks[i]))
            {
                continue;
            }

            var end = KeyValueBoxes.RunEnd(blocks, i, out var lines);

            // The article goes on under the box: a paragraph of prose set apart under its last line, or the next subheading
            // glued over one.
            if (lines >= MinLines && end < blocks.Count && ArticleLists.ApartFrom(blocks[end - 1], blocks[end]) && GoesOn(blocks, end))
            {
                KeyValueBoxes.Take(blocks, i, end, label, items, labels);
            }

            i = end;
        }
    }

    private static bool GoesOn(IReadOnlyList<TextBlock> blocks, int end)
        => ArticleLists.IsProse(blocks[end])
            || (end + 1 < blocks.Count && ArticleLists.FollowsOn(blocks[end], blocks[end + 1]) && ArticleLists.IsLabel(blocks[end], MaxHeadingWords)
                && ArticleLists.IsProse(blocks[end + 1]));
}
