using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Finds the article's prose on a page: the heaviest run of prose blocks (<see cref="BlockFacts.IsGood"/>
/// or <see cref="BlockQuality.IsProse"/>), weighed by their words. A run goes on across one block that is not prose (a subheading, a caption)
/// but not across two, nor across a line that reads as the end of an article: a page's header may
/// carry a standfirst and a "Tags:" line above the article, and the article is what weighs most.
/// </summary>
internal static class ProseRuns
{
    // A subheading or a caption between two paragraphs does not cut the article in two.
    private const int MaxGap = 1;

    /// <summary>The index of the first block of the heaviest run from <paramref name="from"/> on, and its weight in words.</summary>
    public static (int Start, int Words) Heaviest(IReadOnlyList<TextBlock> blocks, int from)
    {
        var best = (Start: from, Words: 0);
        var runStart = -1;
        var runWords = 0;
        var gap = 0;
        for (var i = from; i < blocks.Count; i++)
        {
            var facts = blocks[i].Facts;
            if ((facts.IsGood || BlockQuality.IsProse(facts)) && !facts.IsTerminator)
            {
                if (runStart < 0)
                {
                    runStart = i;
                    runWords = 0;
                }

                runWords += facts.Words;
                gap = 0;
                if (runWords > best.Words)
                {
                    best = (runStart, runWords);
                }
            }
            else if (runStart >= 0 && (facts.IsTerminator || ++gap > MaxGap))
            {
                runStart = -1;
            }
        }

        return best;
    }
}
