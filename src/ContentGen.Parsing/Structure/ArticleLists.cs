using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Finds an article's own lists whose bullets a dump dropped: a run of short lines printed one under
/// the other ("Les mesures prévues" / "Navettes gratuites" / "Parking relais"), between paragraphs of
/// prose. Each item alone looks like a menu link, and four of them like a list of other stories'
/// headlines; together, between the article's paragraphs, they are its text.
/// </summary>
internal static class ArticleLists
{
    // A list has a lead and items, or three items: fewer lines are a heading or a caption.
    private const int MinLines = 3;

    // An item is a few words ("Parking relais", "Office de tourisme agrandi"); another story's headline is longer.
    private const int MaxItemWords = 5;

    /// <summary>The blocks from <paramref name="from"/> on that are lines of such a list.</summary>
    public static HashSet<TextBlock> Find(IReadOnlyList<TextBlock> blocks, int from)
    {
        var items = new HashSet<TextBlock>();
        var i = from;
        while (i < blocks.Count)
        {
            var end = i;
            while (end < blocks.Count && IsItem(blocks[end]) && (end == i || FollowsOn(blocks[end - 1], blocks[end])))
            {
                end++;
            }

            if (end - i >= MinLines && i > from && IsProse(blocks[i - 1]) && end < blocks.Count && IsProse(blocks[end]))
            {
                for (var k = i; k < end; k++)
                {
                    items.Add(blocks[k]);
                }
            }

            i = end > i ? end : i + 1;
        }

        return items;
    }

    private static bool IsItem(TextBlock block)
    {
        var facts = block.Facts;
        return block.LineCount == 1 && facts.Words is > 0 and <= MaxItemWords && !BlockQuality.EndsLikeSentence(block.Text)
            && !facts.IsBylineOrDate && !facts.IsCaption && !facts.IsTerminator;
    }

    // The next line of the dump, with no blank line between: the same printed list.
    private static bool FollowsOn(TextBlock above, TextBlock block) => block.Start.Line == above.Start.Line + above.LineCount;

    private static bool IsProse(TextBlock block) => block.Facts.IsGood || BlockQuality.IsProse(block.Facts);
}
