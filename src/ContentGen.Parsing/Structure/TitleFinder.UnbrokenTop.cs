using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// A page printed with no blank line over its article sets no line apart: every line stands inside a group of lines, and the
// first line that may be a headline is as likely a menu's ("Nachrichten Sport Finanzen Auto Reisen Spiele"). The site's name
// and the menus stand above the headline, the standfirst and the stamps under it, and neither of those is a full candidate:
// the last full candidate over the page's first prose is the headline.
internal static partial class TitleFinder
{
    /// <summary>
    /// The last block of <see cref="FullHeadlineWords"/> words or more that may be a headline, past the page's first line
    /// and above its first prose and <paramref name="content"/>, on a page with no blank line from its top to its article;
    /// -1 otherwise. <paramref name="lastUnbroken"/> is the last block no blank line parts from the page's top (LastUnbrokenBlock).
    /// </summary>
    private static int LastFullCandidateOnUnbrokenTop(IReadOnlyList<TextBlock> blocks, int content, int lastUnbroken)
    {
        if (content <= 1 || content >= blocks.Count || content > lastUnbroken)
        {
            return -1;
        }

        // Down to the page's first prose: a box of other stories' headlines further down stands under the article's lede.
        var last = -1;
        for (var i = 1; i < content && !LooseProse.IsProse(blocks[i].Facts); i++)
        {
            if (blocks[i].Facts.Words >= FullHeadlineWords && IsCandidate(blocks, i))
            {
                last = i;
            }
        }

        return last;
    }
}
