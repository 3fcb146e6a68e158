using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// A page that holds prose never reads as a title alone. When the walk keeps no paragraph (a press release whose
// paragraphs all open with a dateline, a page of sentences too short for the strict prose rules, a teaser's dated
// headline under the article taken for the title), or keeps far less than a run of prose set aside above a title found
// too low, the page is read again loosely (LooseProse), as Readability reads a page again without its strict filters
// when its first pass finds too little: the densest run of prose is the article, and the headline over it its title.
internal sealed partial class BodyReader
{
    // An article is two paragraphs at least, and more than a line's worth of words: a page with no article (a menu, a
    // "page not found" sentence, a footer's blurb) stays empty and its reader warns.
    private const int MinRescuedBlocks = 2;
    private const int MinRescuedWords = 20;

    // Above a title found too low, prose more than twice as heavy as what the walk kept under it is the article (a page's
    // header promos weigh less than the article under the headline).
    private const int FarLess = 2;

    // The headline over the rescued run stands this close above it, past its byline and dateline.
    private const int RescuedTitleReach = 4;

    // A headline printed as a sentence is a line of this many words at most.
    private const int MaxSentenceHeadlineWords = 20;

    private void ReadAgainLoosely(List<TextBlock> blocks, int title)
    {
        var kept = LooseProse.Words(Blocks);
        LooseProse.Run run;
        if (kept == 0)
        {
            run = LooseProse.Densest(blocks, 0, blocks.Count, title);
        }
        else
        {
            // Only prose set aside above the title was set aside for where it stood, not for what it is; and a title with its
            // byline or dateline right under it is where the page's evidence puts the headline (the prose above it is a
            // header's promos).
            if (title == 0 || StampedUnder(blocks, title))
            {
                return;
            }

            run = LooseProse.Densest(blocks, 0, title, title);
            if (run.Words <= kept * FarLess)
            {
                return;
            }
        }

        if (run.Blocks < MinRescuedBlocks || run.Words < MinRescuedWords || run.ReadsAsTeasers)
        {
            return;
        }

        var from = run.Start;
        if (run.Start < title && HeadlineOver(blocks, run) is var headline and >= 0)
        {
            SetAside(Title!, BoilerplateKind.Navigation);
            Title = blocks[headline];
            HeaderCopy = null;
            Restore(blocks, headline, headline + 1, title: true);
            from = Math.Max(from, headline + 1);
        }

        Restore(blocks, from, run.End, title: false);
    }

    // A headline's byline or dateline stands right under it, or under its deck.
    private const int StampReach = 2;

    private static bool StampedUnder(List<TextBlock> blocks, int title)
    {
        for (var k = title + 1; k < blocks.Count && k <= title + StampReach; k++)
        {
            if (blocks[k].Facts.IsBylineOrDate || blocks[k].Facts.IsAuthorLine)
            {
                return true;
            }
        }

        return false;
    }

    // The headline right over the run, past its byline, dateline or caption; -1 when none stands there. With none, a
    // headline printed as a sentence ("Valley Water cuts its tariff from 1 April.") opens the run: its first line alone,
    // a headline's length, over two paragraphs at least, as a plain article's first line is its headline.
    private static int HeadlineOver(List<TextBlock> blocks, in LooseProse.Run run)
    {
        for (var k = run.Start - 1; k >= 0 && k >= run.Start - RescuedTitleReach; k--)
        {
            if (LooseProse.IsHeadline(blocks[k]))
            {
                return k;
            }
        }

        var first = blocks[run.Start];
        return run.Blocks > MinRescuedBlocks && first.LineCount == 1 && first.Facts.Words <= MaxSentenceHeadlineWords && !first.Facts.IsBylineOrDate
            ? run.Start
            : -1;
    }

    // Takes back the blocks from `from` up to `to` that were set aside: the run's prose and what stands between its
    // paragraphs (a subheading), never a byline, a dateline or a caption among them. Or the headline, as the title.
    private void Restore(List<TextBlock> blocks, int from, int to, bool title)
    {
        var taken = new Dictionary<int, TextBlock>();
        for (var k = from; k < to; k++)
        {
            var facts = blocks[k].Facts;
            if (title || LooseProse.IsProse(facts) || !(facts.IsBylineOrDate || facts.IsCaption || facts.IsAuthorLine || facts.IsTerminator))
            {
                taken[blocks[k].Start.Offset] = blocks[k];
            }
        }

        var restored = 0;
        for (var b = _boilerplate.Count - 1; b >= 0; b--)
        {
            var item = _boilerplate[b];
            if (taken.TryGetValue(item.Position.Offset, out var block) && string.Equals(item.Text, block.Text, StringComparison.Ordinal))
            {
                _boilerplate.RemoveAt(b);
                restored++;
                if (!title)
                {
                    Blocks.Add(block);
                }
            }
        }

        if (restored > 0 && !title)
        {
            Blocks.Sort((a, b) => a.Start.Offset.CompareTo(b.Start.Offset));
        }
    }
}
