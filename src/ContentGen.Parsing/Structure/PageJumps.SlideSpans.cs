using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

internal static partial class PageJumps
{
    /// <summary>
    /// Where a web story's slides stand: the blocks of the first and the last count of the page's runs ("2/7" … "7/7",
    /// <see cref="IsSlideCountOfRun"/>), or (-1, -1) when the page numbers no run. What stands between them is the slides'
    /// text, each slide's sentence parted from the next by the viewer's furniture (a credit, "Tap to continue", the count);
    /// what follows the last count is the story's closing card ("Read the full story on …").
    /// </summary>
    /// <remarks>One pass over the page's blocks, asked once a page, at the first block the page's trailer would take.</remarks>
    public static (int First, int Last) SlideSpan(List<TextBlock> blocks)
    {
        var first = new int[MaxSlideCount + 1];
        var last = new int[MaxSlideCount + 1];
        var runs = ReadRuns(blocks, first, last);
        var span = (First: -1, Last: -1);
        for (var total = 0; total <= MaxSlideCount; total++)
        {
            if (runs[total])
            {
                span = span.First < 0 ? (first[total], last[total]) : (Math.Min(span.First, first[total]), Math.Max(span.Last, last[total]));
            }
        }

        return span;
    }

    // The totals that two different counts, each alone on its line, number out of: any count of such a total has another
    // line beside it that differs. With `first` and `last`, where each total's first and last count stand.
    private static bool[] ReadRuns(List<TextBlock> blocks, int[]? first, int[]? last)
    {
        var firstCount = new string?[MaxSlideCount + 1];
        var runs = new bool[MaxSlideCount + 1];
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var total = block.LineCount == 1 ? SlideCountTotal(block.Text.AsSpan()) : -1;
            if (total < 0)
            {
                continue;
            }

            if (firstCount[total] is not { } count)
            {
                firstCount[total] = block.Text;
                if (first is not null)
                {
                    first[total] = i;
                }
            }
            else if (!string.Equals(count, block.Text, StringComparison.Ordinal))
            {
                runs[total] = true;
            }

            if (last is not null)
            {
                last[total] = i;
            }
        }

        return runs;
    }
}
