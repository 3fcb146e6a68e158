using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Finds the article's prose on a page: the heaviest run of prose blocks (<see cref="BlockFacts.IsGood"/>
/// or <see cref="BlockQuality.IsProse"/>), weighed by their words. A run goes on across one block that is not prose (a subheading, a caption)
/// but not across two (lines of chrome set aside between two blocks may count as such blocks), nor
/// across a line that reads as the end of an article: a page's header may
/// carry a standfirst and a "Tags:" line above the article, and the article is what weighs most.
/// </summary>
internal static class ProseRuns
{
    // A subheading or a caption between two paragraphs does not cut the article in two.
    private const int MaxGap = 1;

    // An insert inside an article ("À lire aussi", a caption, a date, a teaser headline, a rule) is a few blocks long.
    private const int MaxInsertBlocks = 5;

    // The article goes on after an insert when what follows is this much prose: not a promo's paragraph.
    private const int MinGoOnBlocks = 2;
    private const int MinGoOnWords = 100;

    // A line ending on a colon opens a list when it is this long; a shorter one is a label ("Tags:").
    private const int MinListLeadWords = 8;

    /// <summary>
    /// The heaviest run from <paramref name="from"/> on: the index of its first block, the index after
    /// its last prose block, and its weight in words.
    /// </summary>
    /// <param name="blocks">The page's blocks.</param>
    /// <param name="from">Where to start looking.</param>
    /// <param name="chromeBefore">
    /// For each block, how many lines of chrome were set aside just before it; or <see langword="null"/> to
    /// let a run go on across chrome lines, as an article does across its "read also" links.
    /// </param>
    public static (int Start, int End, int Words) Heaviest(IReadOnlyList<TextBlock> blocks, int from, IReadOnlyList<int>? chromeBefore = null)
    {
        var best = (Start: from, End: from, Words: 0);
        var runStart = -1;
        var runWords = 0;
        var gap = 0;
        for (var i = from; i < blocks.Count; i++)
        {
            var facts = blocks[i].Facts;
            var prose = IsProse(facts) && !facts.IsTerminator;

            // A list's items ("- des arrêts éclairés.") belong to the prose that opened the list.
            var item = BlockSplitter.StartsWithBullet(facts.Text);
            gap += (chromeBefore?[i] ?? 0) + (prose || item ? 0 : 1);
            if (runStart >= 0 && (gap > MaxGap || facts.IsTerminator))
            {
                runStart = -1;
            }

            if (!prose)
            {
                if (item && runStart >= 0)
                {
                    gap = 0;
                }

                continue;
            }

            if (runStart < 0)
            {
                runStart = i;
                runWords = 0;
            }

            runWords += facts.Words;
            gap = 0;
            if (runWords > best.Words)
            {
                best = (runStart, i + 1, runWords);
            }
        }

        return best;
    }

    /// <summary>
    /// Where the article that <paramref name="run"/> holds ends: after the run, or after a later run it
    /// goes on into across an insert ("read also" with its teaser, a picture with its caption and date)
    /// of a few blocks, when that later run is article-sized itself (two blocks of prose or more,
    /// <see cref="MinGoOnWords"/> words). A terminator ends the article.
    /// </summary>
    public static int ArticleEnd(IReadOnlyList<TextBlock> blocks, (int Start, int End, int Words) run)
    {
        var end = run.End;
        var i = run.End;
        while (i < blocks.Count)
        {
            // The insert: at most a few blocks that are not prose. A video introduced inside the article
            // ("Le reportage de Radio Vallée :") is the article's insert: any prose after it goes on with it.
            var gap = 0;
            var report = false;
            while (i < blocks.Count && !IsProse(blocks[i].Facts) && !blocks[i].Facts.IsTerminator && gap <= MaxInsertBlocks)
            {
                report |= ReportIntros.IsIntro(blocks[i]);
                i++;
                gap++;
            }

            if (i >= blocks.Count || gap > MaxInsertBlocks || blocks[i].Facts.IsTerminator)
            {
                return end;
            }

            // The run after it, across single blocks that are not prose, as a run goes on.
            var words = 0;
            var proseBlocks = 0;
            var last = i;
            var inner = 0;
            for (; i < blocks.Count && !blocks[i].Facts.IsTerminator; i++)
            {
                if (IsProse(blocks[i].Facts))
                {
                    words += blocks[i].Facts.Words;
                    proseBlocks++;
                    last = i;
                    inner = 0;
                }
                else if (++inner > MaxGap)
                {
                    break;
                }
            }

            if ((proseBlocks < MinGoOnBlocks || words < MinGoOnWords) && !(report && proseBlocks > 0))
            {
                return end;
            }

            end = last + 1;
            i = last + 1;
        }

        return end;
    }

    // Prose, or prose that opens a list: "Le conseil mettra en œuvre plusieurs mesures :".
    private static bool IsProse(BlockFacts facts)
        => facts.IsGood || BlockQuality.IsProse(facts)
        || (facts.Text.Length > 0 && facts.Text[facts.Text.Length - 1] == ':' && facts.Words >= MinListLeadWords);
}
