using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Prose read with looser rules than the body's walk, for a page the walk kept no paragraph of: any sentence of a
/// few words with a function word is prose here, a short one ("Most are retired.") or one that opens with a dateline
/// ("Eichenau, 12. März 2024 – Die Stadtwerke …"), as Readability reads a page again without its strict filters when
/// its first pass finds too little. The densest run of such blocks is the article a strict rule set aside.
/// </summary>
internal static class LooseProse
{
    // "Most are retired.": a sentence of three words is an article's paragraph; "Read more." is none.
    private const int MinWords = 3;

    // A dateline ending on a full stop ("Updated 12 March 2024.") is a stamp; one that goes on into a sentence of this
    // many words is a press release's or a wire's opening paragraph.
    private const int MinDatedWords = 8;

    // A headline is a line or two of a few words.
    private const int MaxHeadlineLines = 2;
    private const int MaxHeadlineWords = 30;

    // A run goes on across one block that is no sentence (a subheading), as the body's runs do.
    private const int MaxGap = 1;

    /// <summary>Whether <paramref name="facts"/> reads as a sentence of an article, read loosely.</summary>
    public static bool IsProse(BlockFacts facts)
    {
        if (facts.IsGood)
        {
            return true;
        }

        return facts.Words >= MinWords && (facts.StopwordHits > 0 || HasLowerCaseWord(facts.Text)) && BlockQuality.EndsLikeSentence(facts.Text)
            && !facts.IsTerminator && !facts.IsCaption && !(facts.IsBylineOrDate && facts.Words < MinDatedWords);
    }

    /// <summary>
    /// Whether <paramref name="block"/> could head the loose run under it: a line or two of a few words that is no
    /// sentence, no stamp, no caption, no end signal and no menu's links. A headline a strict rule refuses ("… zum 1.
    /// April", read as two sentences) still heads its article here.
    /// </summary>
    public static bool IsHeadline(TextBlock block)
    {
        var facts = block.Facts;
        return (facts.IsHeadline(strict: false) && !facts.IsAuthorLine)
            || (block.LineCount <= MaxHeadlineLines && facts.Words >= MinWords && facts.Words <= MaxHeadlineWords
                && !BlockQuality.EndsLikeSentence(facts.Text) && !facts.IsBylineOrDate && !facts.IsCaption && !facts.IsTerminator
                && !facts.IsAuthorLine && !PageLines.IsBreadcrumb(facts.Text) && !BlockQuality.IsLinkLike(facts.Text));
    }

    // "Twenty people work shifts.": a sentence may hold no function word, but an article's has words in lower case.
    private static bool HasLowerCaseWord(string text)
    {
        var reader = new WordReader(text.AsSpan());
        while (reader.Read())
        {
            if (char.IsLower(reader.Word[0]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words of the loose prose among <paramref name="blocks"/>.</summary>
    public static int Words(IReadOnlyList<TextBlock> blocks)
    {
        var words = 0;
        foreach (var block in blocks)
        {
            words += IsProse(block.Facts) ? block.Facts.Words : 0;
        }

        return words;
    }

    /// <summary>
    /// The densest run of loose prose among the blocks from <paramref name="from"/> up to <paramref name="to"/>, the
    /// block at <paramref name="breaker"/> (the title) parting runs: the index of its first block, the index after its
    /// last prose block, its words, its prose blocks, and the blocks between them that are no prose.
    /// </summary>
    /// <remarks>
    /// An end signal parts runs too ("Comments" over readers' posts), as does a gap of two blocks that are no prose.
    /// One pass over blocks whose facts are read already.
    /// </remarks>
    public static Run Densest(IReadOnlyList<TextBlock> blocks, int from, int to, int breaker)
    {
        var best = new Run(from, from, 0, 0, 0);
        var current = new Run(-1, -1, 0, 0, 0);
        var gap = 0;
        var parts = 0;
        for (var i = from; i < to; i++)
        {
            var facts = blocks[i].Facts;
            if (i == breaker || facts.IsTerminator)
            {
                current = new Run(-1, -1, 0, 0, 0);
                continue;
            }

            if (!IsProse(facts))
            {
                // A line between two sentences: a subheading, or a teaser's headline or date.
                parts++;
                if (++gap > MaxGap)
                {
                    current = new Run(-1, -1, 0, 0, 0);
                }

                continue;
            }

            if (current.Start < 0)
            {
                current = new Run(i, i, 0, 0, 0);
                parts = 0;
            }

            gap = 0;
            current = new Run(current.Start, i + 1, current.Words + facts.Words, current.Blocks + 1, parts);
            if (current.Words > best.Words)
            {
                best = current;
            }
        }

        return best;
    }

    /// <summary>A run of loose prose: its first block, the index after its last prose block, its words, its prose blocks, and the lines between them.</summary>
    public readonly record struct Run(int Start, int End, int Words, int Blocks, int Parts)
    {
        /// <summary>
        /// Whether the run's prose is parted by lines more than one in two: blurbs under other stories' headlines or
        /// dates, not an article with a subheading or two.
        /// </summary>
        public bool ReadsAsTeasers => Parts >= 2 && Parts * 2 > Blocks;
    }
}
