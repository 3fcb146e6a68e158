using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// Around the headline and the lead, a page prints the same text more than once: the headline in
// its header, the standfirst over the body, a label over each reply. One copy is kept, and an
// opening set aside as chrome is given back when the article plainly starts there.
internal sealed partial class BodyReader
{
    // A page prints its headline in its header and again right above the article: the copy an
    // editor keeps is the one nearest above the lead, the article's first paragraph of its own (a
    // standfirst printed again as the body's opening is no lead). When such a lower copy of the
    // title's lines was set aside as a repeat, it becomes the title, and the blocks above it are
    // chrome. Returns the title's index in `blocks`, which may have gained the copy.
    private int CopyAboveTheLead(List<TextBlock> blocks, int title)
    {
        var block = blocks[title];
        var end = title + 1 < blocks.Count ? blocks[title + 1].Start.Offset : int.MaxValue;
        var lead = Lead(blocks, title);
        if (lead == blocks.Count)
        {
            return title;
        }

        // The last repeat of the title's first line above the lead.
        var leadOffset = blocks[lead].Start.Offset;
        var copy = -1;
        for (var i = 0; i < _repeats.Count && _repeats[i].Segment.Start.Offset < leadOffset; i++)
        {
            if (_repeats[i].FirstCopy == block.Start.Offset)
            {
                copy = i;
            }
        }

        if (copy < 0)
        {
            return title;
        }

        // The copy runs on over the next lines that repeat the title's other lines.
        var segments = new List<LineSegment> { _repeats[copy].Segment };
        for (var i = copy + 1; i < _repeats.Count && segments.Count < block.LineCount; i++)
        {
            var (segment, first) = _repeats[i];
            if (segment.Line.Number != segments[segments.Count - 1].Line.Number + 1 || first <= block.Start.Offset || first >= end)
            {
                break;
            }

            segments.Add(segment);
        }

        var moved = new TextBlock(segments);
        if (moved.LineCount != block.LineCount)
        {
            return title;
        }

        foreach (var segment in segments)
        {
            var offset = segment.Start.Offset;
            RemoveSetAsideAt(offset);
        }

        _repeats.RemoveRange(copy, segments.Count);
        HeaderCopy = block;
        SetAside(block, BoilerplateKind.Repeated);
        blocks.RemoveAt(title);
        var at = title;
        while (at < blocks.Count && blocks[at].Start.Offset < moved.Start.Offset)
        {
            at++;
        }

        blocks.Insert(at, moved);
        return at;
    }

    // The index of the article's lead: its first paragraph of prose after `title` that is not the
    // first copy of a passage printed again below. A copied passage's lines run on to the next
    // blank line: a closing sentence split off as a block of its own is still the copy.
    private int Lead(List<TextBlock> blocks, int title)
    {
        var copied = false;
        var lead = title + 1;
        for (; lead < blocks.Count; lead++)
        {
            var candidate = blocks[lead];
            var previous = blocks[lead - 1];
            copied = _firstCopies.Contains(candidate.Start.Offset)
                || (copied && candidate.Start.Line == previous.Start.Line + previous.LineCount);
            if (!copied && IsLead(candidate.Facts))
            {
                break;
            }
        }

        return lead;
    }

    // A page never prints its standfirst above its headline. When the block of prose just above the
    // title (a few blocks up, past its byline) is printed nowhere else and a copy of the title stands
    // right above it, wrapped otherwise or a word apart, that copy heads the article: the prose is its
    // standfirst and opens the body, and the title found below is the repeat. Returns the title's index.
    private int CopyAboveTheStandfirst(List<TextBlock> blocks, int title, IReadOnlyList<SourceLine> lines, string document)
    {
        var standfirst = -1;
        for (var j = title - 1; j >= 0 && j >= title - StandfirstReach; j--)
        {
            if (IsLead(blocks[j].Facts))
            {
                standfirst = _firstCopies.Contains(blocks[j].Start.Offset) ? -1 : j;
                break;
            }
        }

        if (standfirst < 0)
        {
            return title;
        }

        // The standfirst's paragraph may have been split into blocks: its copy stands above the first,
        // and none of them may be printed again (a standfirst in the header, repeated as the article's opening).
        while (standfirst > 0 && blocks[standfirst - 1].Start.Line + blocks[standfirst - 1].LineCount == blocks[standfirst].Start.Line)
        {
            standfirst--;
            if (_firstCopies.Contains(blocks[standfirst].Start.Offset))
            {
                return title;
            }
        }

        var copy = HeadlineCopies.CopyAbove(lines, document, SourceLine.IndexAt(lines, blocks[standfirst].Start.Offset), blocks[title]);
        if (copy is null)
        {
            return title;
        }

        // The copy's lines must hold whole blocks: a block running into them is other text.
        var from = copy[0].Start.Offset;
        var last = copy[copy.Count - 1];
        var to = last.Start.Offset + last.Length;
        var inside = new List<TextBlock>();
        foreach (var block in blocks)
        {
            var start = block.Start.Offset;
            var end = block.PositionAt(block.Text.Length - 1).Offset;
            if (end >= from && start < to)
            {
                if (start < from || end >= to)
                {
                    return title;
                }

                inside.Add(block);
            }
        }

        foreach (var segment in copy)
        {
            var offset = segment.Start.Offset;
            RemoveSetAsideAt(offset);
            _repeats.RemoveAll(r => r.Segment.Start.Offset == offset);
        }

        var lower = blocks[title];
        SetAside(lower, BoilerplateKind.Repeated);
        blocks.Remove(lower);
        foreach (var block in inside)
        {
            blocks.Remove(block);
        }

        HeaderCopy = null;
        var moved = new TextBlock(copy);
        var at = 0;
        while (at < blocks.Count && blocks[at].Start.Offset < moved.Start.Offset)
        {
            at++;
        }

        blocks.Insert(at, moved);
        return at;
    }

    // Under the title and its standfirst, before the article's next paragraph of prose, a copy of the
    // headline printed again (wrapped otherwise, a word apart, over one block or a few on running
    // lines) is the repeat, not a subheading or a paragraph.
    private void SetAsideLowerCopies(List<TextBlock> blocks, int title)
    {
        var headline = blocks[title];

        // A copy has at most one word more than the headline; joining blocks only adds words.
        var mostCopyWords = Words.Count(headline.Text.AsSpan(), int.MaxValue) + 1;
        var leads = 0;
        for (var i = title + 1; i < blocks.Count && i <= title + LowerCopyReach; i++)
        {
            if (IsLead(blocks[i].Facts) && ++leads > 1)
            {
                return;
            }

            var text = blocks[i].Text;
            var k = i;
            while (!HeadlineCopies.IsCopy(headline.Text, text))
            {
                var previous = blocks[k];
                if (k + 1 >= blocks.Count || k - i + 1 > headline.LineCount
                    || blocks[k + 1].Start.Line != previous.Start.Line + previous.LineCount
                    || Words.MoreThan(text, mostCopyWords))
                {
                    k = -1;
                    break;
                }

                k++;
                text += " " + blocks[k].Text;
            }

            if (k < 0)
            {
                continue;
            }

            for (var n = k; n >= i; n--)
            {
                SetAside(blocks[n], BoilerplateKind.Repeated);
                blocks.RemoveAt(n);
            }

            return;
        }
    }

    // People repeat themselves: in a transcript, a line said twice ("Renouvelable ou pas ?") is set
    // aside as a repeat, but right under a speaker's label it is what that speaker says, and comes back.
    private void RestoreRepliesUnderLabels(List<TextBlock> blocks, int start, HashSet<string> labels)
    {
        if (labels.Count == 0 || _repeats.Count == 0)
        {
            return;
        }

        var from = blocks[start - 1].Start.Offset;
        for (var i = start; i < blocks.Count; i++)
        {
            var label = blocks[i];
            if (label.LineCount != 1 || !labels.Contains(label.Text))
            {
                continue;
            }

            var next = i + 1 < blocks.Count ? blocks[i + 1].Start.Offset : int.MaxValue;
            var k = RepeatUnder(label, next, from);
            if (k < 0)
            {
                continue;
            }

            var segment = _repeats[k].Segment;
            _repeats.RemoveAt(k);
            RemoveSetAsideAt(segment.Start.Offset);
            blocks.Insert(i + 1, new TextBlock(new[] { segment }));
        }
    }

    // Takes back what was set aside at `offset`. A loop, not a lambda: a lambda over the loop's
    // offset made a closure for every block read, replies or not.
    private void RemoveSetAsideAt(int offset)
    {
        for (var k = _boilerplate.Count - 1; k >= 0; k--)
        {
            if (_boilerplate[k].Position.Offset == offset)
            {
                _boilerplate.RemoveAt(k);
            }
        }
    }

    // The first repeat set aside right under a speaker's label, before the next block and after
    // `from`; -1 if none. A loop, not a lambda: a lambda over the loop's label made a closure for
    // every block read.
    private int RepeatUnder(TextBlock label, int next, int from)
    {
        for (var k = 0; k < _repeats.Count; k++)
        {
            var segment = _repeats[k].Segment;
            var offset = segment.Start.Offset;
            if (offset > label.Start.Offset && offset < next && segment.Line.Number - label.Start.Line <= SpeakerLabelReach && offset > from)
            {
                return k;
            }
        }

        return -1;
    }

    // A standfirst printed in the page's header and again as the article's opening, under its
    // byline: an editor keeps the copy in the article. Repeated lines between the title and the
    // lead whose first copies stand above them come back as a block of the body, when they read
    // as prose; their first copies below the title are set aside as the repeats instead.
    private void RestoreOpening(List<TextBlock> blocks, int title)
    {
        var lead = Lead(blocks, title);
        if (lead == blocks.Count)
        {
            return;
        }

        // Within the article's first paragraphs: the opening's copy may also follow the lead,
        // when its first copy stood in the header, between the title and the lead.
        var from = blocks[title].Start.Offset;
        var leadOffset = blocks[lead].Start.Offset;
        var to = lead + OpeningReach < blocks.Count ? blocks[lead + OpeningReach].Start.Offset : int.MaxValue;
        var i = 0;
        while (i < _repeats.Count)
        {
            var (segment, first) = _repeats[i];
            var offset = segment.Start.Offset;
            if (offset <= from || offset >= to || first >= offset)
            {
                i++;
                continue;
            }

            var run = new List<LineSegment> { segment };
            var firsts = new List<int> { first };
            var next = i + 1;
            while (next < _repeats.Count && _repeats[next].Segment.Line.Number == run[run.Count - 1].Line.Number + 1 && _repeats[next].Segment.Start.Offset < to)
            {
                run.Add(_repeats[next].Segment);
                firsts.Add(_repeats[next].FirstCopy);
                next++;
            }

            i = next;
            var restored = new TextBlock(run);
            var copy = IsLead(restored.Facts) && BylineBetween(blocks, firsts[0], offset) ? FirstCopyBlock(blocks, title, firsts) : -2;
            if (copy == -2 || (offset > leadOffset && (copy < 0 || copy >= lead)))
            {
                continue;
            }

            foreach (var line in run)
            {
                var start = line.Start.Offset;
                RemoveSetAsideAt(start);
            }

            // The first copy, where it stands below the title, is the repeat now.
            if (copy >= 0)
            {
                SetAside(blocks[copy], BoilerplateKind.Repeated);
                blocks.RemoveAt(copy);
            }

            var at = title + 1;
            while (at < blocks.Count && blocks[at].Start.Offset < restored.Start.Offset)
            {
                at++;
            }

            blocks.Insert(at, restored);
        }
    }

    // Where the run's first copy stands: -1 above the title (already chrome), else the index of the
    // block below the title that it opens and fills (set aside whole in its place), or -2 when a
    // first copy sits elsewhere, inside a paragraph that stays and would be kept twice.
    private static int FirstCopyBlock(List<TextBlock> blocks, int title, List<int> firsts)
    {
        var titleOffset = blocks[title].Start.Offset;
        if (firsts.TrueForAll(first => first < titleOffset))
        {
            return -1;
        }

        for (var k = title + 1; k < blocks.Count && blocks[k].Start.Offset <= firsts[0]; k++)
        {
            if (blocks[k].Start.Offset == firsts[0])
            {
                var end = k + 1 < blocks.Count ? blocks[k + 1].Start.Offset : int.MaxValue;
                return firsts.TrueForAll(first => first >= firsts[0] && first < end) ? k : -2;
            }
        }

        return -2;
    }

    // Whether a byline or a dateline stands between two offsets: the article opens under it.
    private static bool BylineBetween(List<TextBlock> blocks, int from, int to)
    {
        foreach (var block in blocks)
        {
            var offset = block.Start.Offset;
            if (offset > from && offset < to && (block.Facts.IsBylineOrDate || block.Facts.IsAuthorLine))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLead(BlockFacts facts) => facts.IsGood || (BlockQuality.IsProse(facts) && !facts.IsCaption && !facts.IsBylineOrDate);
}
