using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Finds an article's summary above its first paragraph: an opener (<c>SummaryOpeners</c>: "Key points",
/// "Ce qu'il faut retenir", "Das Wichtigste in Kürze") and the short lines under it, whose bullets a dump
/// dropped. Between a headline and the first paragraph short lines are usually furniture (a kicker, a
/// share bar, tags); under a summary's opener they are the article's own text.
/// </summary>
internal static class Summaries
{
    // A summary holds a few points, each a line or two.
    private const int MaxItems = 8;
    private const int MaxItemWords = 30;

    // What a label's line may trail: "Key points:", "L'essentiel -".
    private static readonly char[] s_trailing = { ' ', ':', '-', '–', '—', '.' };

    /// <summary>Whether <paramref name="text"/> opens a summary.</summary>
    public static bool IsOpener(string text)
    {
        var label = text.AsSpan().TrimEnd(s_trailing);
        return label.Length > 0 && LexiconTables.SummaryOpeners.Contains(label);
    }

    /// <summary>
    /// Adds to <paramref name="points"/> the points of a summary opened between <paramref name="from"/> and
    /// <paramref name="content"/>, the article's first paragraph of real prose: the blocks under an
    /// opener, up to that paragraph.
    /// </summary>
    public static void AddTo(HashSet<TextBlock> points, IReadOnlyList<TextBlock> blocks, int from, int content)
    {
        for (var i = from; i < content; i++)
        {
            if (!IsOpener(blocks[i].Text))
            {
                continue;
            }

            for (var k = i + 1; k < content && k <= i + MaxItems; k++)
            {
                var facts = blocks[k].Facts;
                if (facts.Words > MaxItemWords || facts.IsBylineOrDate || facts.IsCaption || facts.IsTerminator)
                {
                    break;
                }

                points.Add(blocks[k]);
            }

            break;
        }
    }
}
