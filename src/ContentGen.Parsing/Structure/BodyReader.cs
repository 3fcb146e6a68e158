using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Reads a document's lines into a title and body blocks, setting boilerplate aside: chrome
/// lines, repeated lines, the page furniture before the headline, bylines and captions,
/// everything from a comments section on, and a closing block written in another language.
/// </summary>
internal sealed class BodyReader
{
    // Repeats of lines shorter than this (a dash, "Photo") are not worth calling boilerplate.
    private const int MinRepeatedLength = 20;

    // The lines a document has shown, read in place, to tell a repeat by where its first copy
    // starts: one set per thread serves every document read on it (a map per document was about a
    // byte per input byte on the French pages). A set grown past MaxKeptLines by a huge document
    // is left to the collector.
    [ThreadStatic]
    private static SpanSet? t_seen;
    private const int MaxKeptLines = 1 << 14;
    private const int LinesPerPage = 256;

    // "le premier mois.", "Monat lesen Sie alle Artikel auf …": the end of a chrome line a dump wrapped.
    private const int MaxRunOnWords = 10;

    // A page's header holds a standfirst or two; this many paragraphs of prose are an article begun.
    private const int MinArticleBlocks = 3;

    // A writer's box under the article is a sentence or three.
    private const int MaxWritersNoteWords = 60;

    // A correction and a views notice may close an article together.
    private const int MaxEditorsNotes = 2;

    // Four headlines in a row after the last paragraph are a list, not the article's ending.
    private const int MinTeaserRun = 4;

    // A standfirst printed again inside the article comes back among its first few paragraphs.
    private const int OpeningReach = 3;

    // A title's standfirst stands within this many blocks above a lower copy of it (a byline, a
    // dateline, a kicker between).
    private const int StandfirstReach = 4;

    // A copy of the headline under its standfirst comes back within this many blocks of the title.
    private const int LowerCopyReach = 8;

    // A speaker's words start on the label's next line, or after one blank line.
    private const int SpeakerLabelReach = 2;

    // A credit under a photo's caption: "JANE ROE/AFP", "Photo : Jane Roe / AFP".
    private const int MaxCreditWords = 6;

    // "2024-01-06": a date with its day.
    private const int FullDateLength = 10;

    // The reading's lists and sets, lent with the page's buffers: good until they are handed back.
    private readonly BodyBuffers _buffers;
    private readonly List<Boilerplate> _boilerplate;

    // Lines set aside as repeats, in document order, with where each one's first copy starts.
    private readonly List<(LineSegment Segment, int FirstCopy)> _repeats;

    // Where the first copies of repeated lines start.
    private readonly HashSet<int> _firstCopies;

    private BodyReader(BodyBuffers buffers)
    {
        _buffers = buffers;
        _boilerplate = buffers.Boilerplate;
        _repeats = buffers.Repeats;
        _firstCopies = buffers.FirstCopies;
    }

    /// <summary>The title block, or <see langword="null"/> when every line is blank or boilerplate.</summary>
    public TextBlock? Title { get; private set; }

    /// <summary>The headline's copy in the page's header, when the title is a lower copy of it; else <see langword="null"/>.</summary>
    public TextBlock? HeaderCopy { get; private set; }

    /// <summary>The body, as paragraph-sized blocks in order.</summary>
    public List<TextBlock> Blocks => _buffers.Blocks;

    /// <summary>
    /// Body blocks that cannot be headings: speakers' labels (<see cref="SpeakerLabels"/>), and what stands
    /// after the article's main run of prose (<see cref="ProseRuns"/>), since a heading sits between its paragraphs.
    /// </summary>
    public HashSet<TextBlock> NotHeadings => _buffers.NotHeadings;

    /// <summary>The body's language (ISO 639-1), or <see langword="null"/> when its words do not tell it surely.</summary>
    public string? Language { get; private set; }

    /// <summary>What was set aside, in document order.</summary>
    public IReadOnlyList<Boilerplate> Boilerplate => _boilerplate;

    /// <summary>Reads <paramref name="lines"/> of <paramref name="document"/>, gathering its segments into <paramref name="buffers"/>.</summary>
    /// <remarks>
    /// The blocks read the buffers' segments, and the reader's lists are the buffers' own: both are
    /// good until the buffers are handed back.
    /// </remarks>
    public static BodyReader Read(IReadOnlyList<SourceLine> lines, string document, PageBuffers buffers)
    {
        var reader = new BodyReader(buffers.Body);
        var (segments, groups) = reader.GroupLines(lines, document, buffers);
        var blocks = buffers.Body.Candidates;
        var split = buffers.Body.Split;
        foreach (var (start, count) in groups)
        {
            split.Clear();
            BlockSplitter.Split(segments, start, count, split, buffers.Body.SplitBlocks);
            foreach (var block in split)
            {
                // The block's words are counted once, in its facts, which the title and body rules read next.
                if (BoilerplateLines.Classify(block.Facts) is { } kind)
                {
                    reader.SetAside(block, kind);
                }
                else if (SignUpBoxes.IsNotice(block.Facts))
                {
                    reader.SetAside(block, BoilerplateKind.Navigation);
                }
                else
                {
                    blocks.Add(block);
                }
            }
        }

        var title = TitleFinder.Find(blocks, document);

        // A breadcrumb's last crumb names the page: printed again below the trail, that copy is the headline.
        if (title >= 0 && Breadcrumbs.CurrentPage(blocks) is { } page && page > title)
        {
            title = page;
        }

        if (title >= 0)
        {
            title = reader.CopyAboveTheLead(blocks, title);
            reader.RestoreOpening(blocks, title);
            title = reader.CopyAboveTheStandfirst(blocks, title, lines, document);
            reader.SetAsideLowerCopies(blocks, title);
            reader.Title = blocks[title];
            for (var i = 0; i < title; i++)
            {
                reader.SetAside(blocks[i], BoilerplateKind.Navigation);
            }

            reader.ReadBody(blocks, title + 1, document);
            reader.SetAsideEditorsNotes();
            reader.SetAsideWritersNote();
            reader.SetAsideForeignEnding();
        }

        reader.Language = LanguageGuesser.GuessDocument(reader.Blocks, reader.Blocks.Count);

        reader._boilerplate.Sort((a, b) => a.Position.Offset.CompareTo(b.Position.Offset));
        return reader;
    }

    // Whether an offset of `offsets` lies strictly between `after` and `before`. A loop, not a
    // lambda: a lambda over the loop's block made a closure for every block read.
    private static bool AnyBetween(List<int> offsets, int after, int before)
    {
        foreach (var offset in offsets)
        {
            if (offset > after && offset < before)
            {
                return true;
            }
        }

        return false;
    }

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

        var copy = HeadlineCopies.CopyAbove(lines, document, LineAt(lines, blocks[standfirst].Start.Offset), blocks[title]);
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

    // The index in `lines` of the line holding `offset`.
    private static int LineAt(IReadOnlyList<SourceLine> lines, int offset)
    {
        int low = 0, high = lines.Count - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (lines[mid].Offset <= offset)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
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

    private static bool IsProseBlock(TextBlock block) => block.Facts.IsGood || BlockQuality.IsProse(block.Facts);

    // Whether no prose follows from block `from` on but writers' notes, up to the page's end or an end signal.
    // "Jeanne Roux" over "Le 6 mars 2025 à 18h20", the two lines printed together under the article: a regional
    // page signs and dates the article at its end. Only where no long paragraph follows: a name over a date inside
    // the article (a list of people and days) is the article's.
    private static bool SignsAndDates(IReadOnlyList<TextBlock> blocks, int index)
    {
        var block = blocks[index];
        if (index + 1 >= blocks.Count || blocks[index + 1].LineCount != 1 || blocks[index + 1].Start.Line != block.Start.Line + 1
            || !blocks[index + 1].Facts.IsBylineOrDate || !PageLines.IsDateline(blocks[index + 1].Text)
            || Metadata.AuthorReader.ReadBareName(block.Text.AsSpan()) is null)
        {
            return false;
        }

        for (var j = index + 2; j < blocks.Count; j++)
        {
            if (blocks[j].Facts.IsGood)
            {
                return false;
            }
        }

        return true;
    }

    private static bool ClosesArticle(IReadOnlyList<TextBlock> blocks, int from)
    {
        for (var j = from; j < blocks.Count && !blocks[j].Facts.IsTerminator; j++)
        {
            if (IsProseBlock(blocks[j]) && !AuthorBoxes.IsWritersNote(blocks[j]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLead(BlockFacts facts) => facts.IsGood || (BlockQuality.IsProse(facts) && !facts.IsCaption && !facts.IsBylineOrDate);

    // Groups the non-blank lines between blank lines, taking out chrome and repeated lines.
    // A chrome line also ends its group, so that it never glues two paragraphs together.
    private (LineSegment[] Segments, List<(int Start, int Count)> Groups) GroupLines(IReadOnlyList<SourceLine> lines, string document, PageBuffers buffers)
    {
        var groups = new LineGroups(buffers);
        var seen = t_seen ?? new SpanSet(LinesPerPage);
        t_seen = null;
        var boxes = SignUpBoxes.Find(lines, document);

        // A "read also" label alone on its line ("À lire aussi"): the other story's headline is printed right under it.
        var linkLabelAbove = false;

        // The lines glued under such a label ("Leia também" over headlines and their blurbs) are its links' box:
        // how many it has taken, and whether the last was a headline, under which a short blurb may stand.
        var linkBoxLines = 0;
        var underLinkedHeadline = false;

        // The chrome line just set aside in this group, whose last words a short line may carry on.
        Boilerplate? chromeAbove = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank(document))
            {
                SetAsideRunOn(groups, ref chromeAbove);
                groups.EndGroup();
                linkLabelAbove = false;
                linkBoxLines = 0;
                continue;
            }

            var segment = new LineSegment(line, document);

            // A line going on from the one above, mid-sentence, is judged with its paragraph, not alone.
            var goesOn = groups.CurrentCount > 0 && RunningLines.GoesOn(groups.Current(groups.CurrentCount - 1).Span, segment.Span);
            var kind = boxes?.Contains(line.Number) == true ? BoilerplateKind.Navigation : goesOn ? null : BoilerplateLines.ClassifyLine(segment.Span);
            if (kind is null && linkLabelAbove && ReadAlsoLinks.IsLinkedHeadline(segment.Span))
            {
                kind = BoilerplateKind.Navigation;
                linkBoxLines = 1;
                underLinkedHeadline = true;
            }
            else if (kind is null && linkBoxLines > 0 && ReadAlsoLinks.GoesOnInBox(segment.Span, linkBoxLines, underLinkedHeadline))
            {
                // A page with no blank lines glues the article's next paragraph to the box: the box ends at it.
                kind = BoilerplateKind.Navigation;
                linkBoxLines++;
                underLinkedHeadline = ReadAlsoLinks.IsLinkedHeadline(segment.Span);
            }
            else
            {
                linkBoxLines = 0;
            }

            linkLabelAbove = ReadAlsoLinks.IsLabel(segment.Span);
            if (kind is null && segment.Length >= MinRepeatedLength
                && !seen.Add(document, segment.Start.Offset, segment.Length, out var copied))
            {
                var first = seen.StartOf(copied);
                kind = BoilerplateKind.Repeated;
                _repeats.Add((segment, first));
                _firstCopies.Add(first);
            }

            if (kind is { } found)
            {
                // A chrome line under the call's end closes the call's group as a blank line does
                // ("… ab 1 Euro im" / "Monat lesen Sie alle Artikel …" / "Jetzt abonnieren").
                SetAsideRunOn(groups, ref chromeAbove);

                // A photo's copyright glued under a one-line sentence ("La navette fera une boucle toutes
                // les vingt minutes." / "©Archives Bertrand Lapègue") credits that line: it is the caption.
                if (groups.CurrentCount == 1 && found == BoilerplateKind.Copyright && segment.Span[0] == '©' && groups.Current(0) is var caption
                    && Punctuation.EndsSentence(caption.Span))
                {
                    _boilerplate.Add(new Boilerplate(caption.ToString(), BoilerplateKind.Caption, caption.Start));
                    groups.ClearCurrent();
                }

                var item = new Boilerplate(segment.ToString(), found, segment.Start);
                _boilerplate.Add(item);
                groups.EndGroup();
                chromeAbove = found == BoilerplateKind.Repeated ? null : item;
            }
            else
            {
                chromeAbove = groups.CurrentCount == 0 ? chromeAbove : null;
                if (!goesOn && BoilerplateLines.StartsLinkLine(segment.Span))
                {
                    groups.EndGroup();
                }

                groups.Add(segment);
            }
        }

        SetAsideRunOn(groups, ref chromeAbove);
        groups.EndGroup();
        var kept = seen.Count <= MaxKeptLines;
        seen.Clear();
        if (kept)
        {
            t_seen = seen;
        }

        return groups.Finish();
    }

    // A dump wraps a chrome line as it wraps a paragraph: one short line closing the group (at a blank
    // line or over another chrome line) that goes on mid-sentence from a call to the reader set aside
    // above it ("… abonnez-vous dès 1 €" / "le premier mois.") is the call's end; a call speaks to the
    // reader or uses a sign-up or appeal phrase ("Apoie o jornalismo independente. Faça uma assinatura
    // do Correio do" / "Douro e tenha acesso a todos os conteúdos."). Under other chrome it stays: that
    // chrome may be a paragraph's first line read alone.
    private void SetAsideRunOn(LineGroups groups, ref Boilerplate? chromeAbove)
    {
        if (chromeAbove is { } above && groups.CurrentCount == 1 && groups.Current(0) is var line && !Words.MoreThan(line.Span, MaxRunOnWords)
            && Punctuation.EndsSentence(line.Span) && RunningLines.GoesOn(above.Text, line.Span)
            && (SignUpSentences.SpeaksToTheReader(above.Text.AsSpan()) || LexiconTables.AppealPhrases.FoundIn(above.Text.AsSpan())
                || LexiconTables.SignUpPhrases.FoundIn(above.Text.AsSpan())))
        {
            _boilerplate.Add(new Boilerplate(line.ToString(), above.Kind, line.Start));
            groups.ClearCurrent();
        }

        chromeAbove = null;
    }

    // The body runs from the first block of real prose after the title. What stands between is
    // page furniture unless it reads as prose (a standfirst); from a terminator on, all is trailer.
    private void ReadBody(List<TextBlock> blocks, int start, string document)
    {
        var content = start;
        while (content < blocks.Count && !blocks[content].Facts.IsGood)
        {
            content++;
        }

        if (content == blocks.Count)
        {
            content = start;
        }

        var prose = ProseRuns.Heaviest(blocks, content);
        var articleEnd = ProseRuns.ArticleEnd(blocks, prose);
        var labels = SpeakerLabels.Find(blocks, start);
        RestoreRepliesUnderLabels(blocks, start, labels);

        // Only a dumped web page, whose headline stood below page chrome, lists related articles.
        var titleOffset = blocks[start - 1].Start.Offset;
        var dumped = SetAsideBefore(titleOffset);
        HashSet<TextBlock>? teasers = null;
        var footer = blocks.Count;
        var footerChrome = int.MaxValue;
        var pageArticleEnd = articleEnd;
        var lists = ArticleLists.Find(blocks, start, _buffers.ListItems);
        Summaries.AddTo(lists, blocks, start, content);
        if (dumped)
        {
            var article = ProseRuns.Heaviest(blocks, content, ChromeBefore(blocks));
            // A "read also" link is an insert inside the article: when the article goes on across one
            // (ProseRuns.ArticleEnd), what follows it is the article's, not a list of other stories.
            var after = articleEnd > article.End && LinkLineBetween(blocks, article.End, articleEnd) ? articleEnd : article.End;
            teasers = TeaserLists.Find(blocks, after, labels);
            footer = Math.Min(TeaserLists.HeadlineRunStart(blocks, after, article.Words, lists), TeaserCards.RunStart(blocks, content, article.Words));

            // A page's footer chrome after the article (a sign-up or appeal, a rights line, a rule drawn
            // under it): past it, what is not the article going on is the page's. The article here is
            // parted by chrome lines as a page parts it ("Une erreur technique est survenue." under a
            // newsletter box is no paragraph of it).
            pageArticleEnd = Math.Max(article.End, ProseRuns.ArticleEnd(blocks, article));
            footerChrome = pageArticleEnd > 0 && pageArticleEnd < blocks.Count ? FooterChromeAfter(blocks[pageArticleEnd - 1].Start.Offset) : int.MaxValue;

            // Items dated after the article (readers' comments, other stories), two or more: one date
            // may be a "read also" insert's, with the article going on under it.
            var firstDated = -1;
            for (var j = pageArticleEnd; j < blocks.Count; j++)
            {
                if (blocks[j].Facts.IsBylineOrDate && IsDatedItem(blocks[j].Text))
                {
                    if (firstDated >= 0)
                    {
                        footerChrome = Math.Min(footerChrome, blocks[firstDated].Start.Offset);
                        break;
                    }

                    firstDated = j;
                }
            }
        }
        // Where "read also" labels were set aside: the next headline under one, before any prose, is the link's.
        // A label whose headline stood right under it, set aside with it as its line was read, has taken
        // its headline: the next short line is the article's own.
        var readAlso = _buffers.ReadAlsoLabels;
        var linkedHeadlineLines = _buffers.LinkedHeadlineLines;
        foreach (var item in _boilerplate)
        {
            // A caption or the other story's date under the label is not its headline, which comes further down.
            if (ReadAlsoLinks.IsLinkedHeadline(item.Text) && !PageLines.IsCaption(item.Text) && !PageLines.IsBylineOrDate(item.Text))
            {
                linkedHeadlineLines.Add(item.Position.Line);
            }
        }

        // A label that would end the article, alone on its line mid-article and so set aside as chrome ("Noticias
        // relacionadas", "Most read"), heads a list of links as "read also" does, when a list follows it.
        List<int>? linkLists = null;
        foreach (var item in _boilerplate)
        {
            if (ReadAlsoLinks.IsLabel(item.Text) && !linkedHeadlineLines.Contains(item.Position.Line + 1))
            {
                readAlso.Add(item.Position.Offset);
            }
            else if (IsLinkListLabel(item) && !linkedHeadlineLines.Contains(item.Position.Line + 1))
            {
                (linkLists ??= new List<int>()).Add(item.Position.Offset);
            }
        }

        var textSince = blocks[start - 1].Start.Offset;
        var proseRead = 0;
        var proseBlocksRead = 0;
        var kept = _buffers.Kept;
        var inList = false;
        for (var i = start; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
            var previous = kept.Count > 0 ? kept[kept.Count - 1] : null;
            // The writer's signature with the station's name ("Paul Morvan Radio Vallée Pays Basque")
            // closes the article on a dumped page, once a few paragraphs are read: what follows is the page's.
            var signs = dumped && proseBlocksRead >= MinArticleBlocks && block.LineCount == 1
                && (Metadata.AuthorReader.ReadSignature(block.Text.AsSpan(), document, block.Start.Offset) is not null
                    || SignsAndDates(blocks, i));
            if (signs)
            {
                for (var rest = i; rest < blocks.Count; rest++)
                {
                    SetAside(blocks[rest], rest == i ? BoilerplateKind.Byline : BoilerplateKind.Trailer);
                }

                break;
            }

            // "Ein Kommentar von Jane Roe" / "Jane Roe leitet die Lokalredaktion …": before the article's first paragraph,
            // a note on the writer the byline above names; or the writer's box's link ("Jane Roe" / "Columnist" / "Follow Jane").
            if ((dumped && kept.Count == 0 && i > 0 && AuthorBoxes.IsNoteUnderByline(block, blocks[i - 1], i > 1 ? blocks[i - 2] : null))
                || (proseBlocksRead == 0 && AuthorBoxes.IsLinkUnderName(blocks, i))
                || (dumped && proseBlocksRead <= 1 && kept.Count <= 1 && IsWritersNoteOverDateline(blocks, i)))
            {
                SetAside(block, BoilerplateKind.Byline);
                continue;
            }

            // "Les auteurs" alone over "Jane Roe is a reporter …" opens the author box, as "About the author" does.
            // Only where the box closes the article: writers' notes or chrome under it, no more prose.
            var boxLabel = i >= content && proseBlocksRead >= MinArticleBlocks && next is not null && AuthorBoxes.OpensBox(block, next)
                && ClosesArticle(blocks, i + 2);
            if (i >= content && (block.Facts.IsTerminator || boxLabel))
            {
                // An end signal above the article's prose ("Mots-clés :" in a page's header, under
                // a standfirst) is the header's chrome: the article has not begun, let alone ended.
                // After a few paragraphs it has, and the signal ends it even when reader comments
                // below outweigh it.
                if (i < prose.Start && proseRead < prose.Words && proseBlocksRead < MinArticleBlocks)
                {
                    SetAside(block, BoilerplateKind.Navigation);
                    continue;
                }

                for (var rest = i; rest < blocks.Count; rest++)
                {
                    SetAside(blocks[rest], BoilerplateKind.Trailer);
                }

                break;
            }

            // "The full draw is:" opens a list: the short lines under it ("Wrexham v Manchester
            // City") are its items, however much they look like menu links.
            inList = previous is not null && (EndsWithColon(previous.Text) || (inList && !BlockQuality.EndsLikeSentence(previous.Text)));
            if (i >= footer || (teasers is not null && teasers.Contains(block)) || (i >= pageArticleEnd && block.Start.Offset > footerChrome))
            {
                SetAside(block, BoilerplateKind.Trailer);
                continue;
            }

            // On a dumped page, a block without a letter or a digit (".", "* * *") alone between blank lines was an
            // ornament of the page: it says nothing. Glued under a line, it ends that line's sentence (";" after a list's item).
            if (dumped && block.Facts.Words == 0 && (previous is null || previous.Start.Line + previous.LineCount < block.Start.Line)
                && !IsEditorsCut(block.Text))
            {
                SetAside(block, BoilerplateKind.Navigation);
                continue;
            }

            // "Le reportage de Radio Vallée :" over the video's description: the video's, not the article's.
            if (next is not null && ReportIntros.IsIntro(block) && ReportIntros.IsDescription(next))
            {
                SetAside(block, BoilerplateKind.Navigation);
                SetAside(next, BoilerplateKind.Navigation);
                i++;
                continue;
            }

            // A transcript's "MARC FAUVELLE" belongs to what that speaker says, and what the speaker says
            // right under it ("Bonjour.") is the transcript's, however short.
            if (labels.Count > 0 && block.LineCount == 1 && labels.Contains(block.Text))
            {
                NotHeadings.Add(block);
                kept.Add(block);
                continue;
            }

            if (previous is not null && labels.Contains(previous.Text) && block.Start.Line - previous.Start.Line <= SpeakerLabelReach
                && !block.Facts.IsBylineOrDate && !block.Facts.IsCaption)
            {
                NotHeadings.Add(block);
                kept.Add(block);
                continue;
            }

            // At the article's end, a note under the writer's name alone is the author box: its last
            // block of prose (the name between does not part a run) or past it.
            if (dumped && i + 1 >= articleEnd && i > content && NameAbove(block, blocks[i - 1]) is { } writer && AuthorBoxes.IsNoteAbout(block, writer))
            {
                SetAside(block, BoilerplateKind.Byline);
                continue;
            }

            // Subheadings stand between the article's first paragraph and the end of its main run of
            // prose; what follows that run (a channel's kicker, a radio's "Nous contacter") heads nothing.
            // A plain article (its headline on top, no page chrome) or a text with no prose run at all
            // keeps the plain heading rules. On a dumped page a heading parts paragraphs, so what stands
            // between the headline and the first paragraph (a kicker, "4 mn") heads nothing.
            var mayHead = (!dumped || i < articleEnd || prose.Words == 0) && !(dumped && kept.Count == 0);

            if (block.Facts.IsGood || BlockQuality.IsProse(block.Facts))
            {
                proseRead += block.Facts.Words;
                proseBlocksRead++;
            }
            // "À lire aussi" / the other story's picture caption / its date / its headline: the caption over the date is the link's.
            if (block.LineCount == 1 && block.Facts.Words <= MaxLinkedCaptionWords && i + 2 < blocks.Count && next is not null && next.Facts.IsBylineOrDate
                && AnyBetween(readAlso, textSince, block.Start.Offset) && ReadAlsoLinks.IsLinkedHeadline(blocks[i + 2]) && !lists.Contains(block))
            {
                SetAside(block, BoilerplateKind.Caption);
                continue;
            }

            if ((AnyBetween(readAlso, textSince, block.Start.Offset)
                    || (linkLists is not null && AnyBetween(linkLists, textSince, block.Start.Offset) && ReadAlsoLinks.OpensList(blocks, i)))
                && ReadAlsoLinks.IsLinkedHeadline(block) && !lists.Contains(block))
            {
                SetAside(block, BoilerplateKind.Navigation);
                textSince = block.Start.Offset;
                // "• Headline" / "• Headline": the bulleted headlines printed with the first are the label's links too.
                while (BlockSplitter.StartsWithBullet(blocks[i].Text) && i + 1 < blocks.Count && ReadAlsoLinks.IsBulletedHeadlineUnder(blocks[i], blocks[i + 1]))
                {
                    i++;
                    SetAside(blocks[i], BoilerplateKind.Navigation);
                    textSince = blocks[i].Start.Offset;
                }

                continue;
            }

            // A photo's caption printed twice (a gallery's copy), a credit under each copy: the picture's, not the article's.
            if (block.LineCount == 1 && _firstCopies.Contains(block.Start.Offset) && CreditUnder(block, next))
            {
                SetAside(block, BoilerplateKind.Caption);
                continue;
            }

            // Between the article's paragraphs of a dumped page, "Port-Lavoie : la digue sera rehaussée" is another
            // story's headline, linked without a label.
            if (dumped && previous is not null && IsProseBlock(previous) && !lists.Contains(block) && TeaserHeadlines.IsOtherStorysHeadline(block))
            {
                SetAside(block, BoilerplateKind.Navigation);
                continue;
            }

            // A practical line between the article's paragraphs ("Réunion publique jeudi 21 mars à 19h30,
            // salle des fêtes") gives a date as a dateline does, but it is a clause of the article.
            if (i > content && previous is not null && IsProseBlock(previous) && next is not null && IsProseBlock(next)
                && PracticalLines.IsArticleLine(block))
            {
                NotHeadings.Add(block);
                kept.Add(block);
                continue;
            }

            // Above the article's first paragraph, "Jan de Vries" over "12 mrt 2024 om 18:05" (or under it) is the
            // writer's name beside the dateline, however much its particles read as prose; so is "ROOS VAN DAM".
            // Under a caption, over the standfirst or the paragraph under it ("Photo : …" / "ROOS VAN DAM" / the first
            // paragraph), a name in capitals is the writer's too; one in title case there is as often a subheading
            // ("Neuer Anleger": German capitalises its nouns).
            if (block.LineCount == 1 && (kept.Count == 0 ? next?.Facts.IsBylineOrDate == true || (i > start && blocks[i - 1].Facts.IsBylineOrDate)
                    : kept.Count == 1 && i > start && blocks[i - 1].Facts.IsCaption && next is not null && IsProseBlock(next)
                        && Metadata.CapitalsNames.StartsName(block.Text.AsSpan()))
                // An agency's or an office's name beside the dateline ("Agencia Norte" over "14 oct 2024") signs the text as a byline does.
                && (Metadata.CapitalsNames.ReadBesideDateline(block.Text.AsSpan(), document) is not null
                    || (kept.Count == 0 && Metadata.AuthorReader.NamesADesk(block.Text.AsSpan()))))
            {
                SetAside(block, BoilerplateKind.Byline);
                continue;
            }

            // "Scorers: Roe 34, Poe 88" / "Attendance: 4,812" on a dumped page, over the byline, before anything of the
            // article is kept: a match report's fact box, the page's, however much its figures read as a list.
            if (dumped && kept.Count == 0 && FactBoxes.InBoxOverByline(blocks, i))
            {
                SetAside(block, BoilerplateKind.Navigation);
                continue;
            }

            var listItem = lists.Contains(block);
            // A plain article's lede above its first long paragraph is its text, however few function words it has.
            // So is a dumped page's deck right under the headline, a standfirst printed without its full stop.
            var beforeContent = i < content && !(dumped ? Ledes.IsDumpedLede(block) || (i == start && Ledes.IsDeckOverByline(blocks, i)) : Ledes.IsPlainLede(block));
            // A short line set apart over a table of figures with its column names (FigureTables) heads it, as one over a paragraph does.
            var tableBelow = next is not null && !listItem && FigureTables.IsHeadedBy(blocks, i);
            if (Furniture(block, next, previous, beforeContent, inList, listItem, mayHead, tableBelow) is { } kind)
            {
                SetAside(block, kind);
            }
            else
            {
                if (block.Facts.IsGood || BlockQuality.IsProse(block.Facts))
                {
                    textSince = block.Start.Offset;
                }

                if (!mayHead || listItem)
                {
                    NotHeadings.Add(block);
                }

                kept.Add(block);
            }
        }

        // After the last real paragraph, what does not read as a sentence is page footer.
        var end = kept.Count;
        // A plain article's long paragraph that an export cut off before its full stop is still its text. A dumped match
        // report's line-up ("Eintracht Ohlsdorf: Kessler – Aydin, Wolf, …") is no sentence, whatever stop closes it. An
        // obituary's line of life dates ("…, born 2 June 1937; died 8 March 2025") right under its last paragraph is the
        // article's (LifeSpans); under a footer's label ("More obituaries") it is a teaser's. A match's
        // fact box ("Arbitre : M. Roe" / "Spectateurs : 1 200") is no sentence, whatever its lines end on.
        while (end > 0 && (!BlockQuality.EndsLikeSentence(kept[end - 1].Text) || (dumped && (LineUps.AreLineUps(kept[end - 1], end >= 2 ? kept[end - 2] : null, end < kept.Count ? kept[end] : null) || FactBoxes.InMatchFactBox(kept, end - 1))))
            && !BlockSplitter.StartsWithBullet(kept[end - 1].Text)
            && (dumped || !kept[end - 1].Facts.IsGood) && !lists.Contains(kept[end - 1]) && !IsClosingLifeSpan(kept, end - 1))
        {
            end--;
        }

        if (end == 0)
        {
            end = kept.Count;
        }

        // "Autres sujets du jour ?" under the writer's signature and the stamps set aside after the article, over a list of
        // headlines: a short question there labels the footer's list. Right under the last paragraph ("Et maintenant ?"),
        // or with no list under it, it is the article's.
        if (dumped && end >= 2 && end == kept.Count && IsFooterQuestion(kept[end - 1]) && BylineBetween(kept[end - 2].Start.Offset, kept[end - 1].Start.Offset)
            && ListUnder(blocks, kept[end - 1]))
        {
            end--;
        }

        // Only a dumped web page, whose headline stood below page furniture, ends in lists of
        // teasers; a plain article's closing lines (a list of fixtures, say) are its own.
        if (start > 1)
        {
            end = BeforeTeaserTail(kept, end, lists);
        }
        for (var i = end; i < kept.Count; i++)
        {
            SetAside(kept[i], BoilerplateKind.Trailer);
        }

        // On a dumped page a sentence printed again on its own (a pull quote) is kept once, in its paragraph.
        var pullQuotes = dumped ? PullQuotes.Find(kept, end) : null;
        for (var i = 0; i < end; i++)
        {
            var block = kept[i];
            if (pullQuotes is not null && pullQuotes.Contains(block))
            {
                SetAside(block, BoilerplateKind.Repeated);
            }
            else
            {
                Blocks.Add(block);
            }
        }

        // Interview words are read in the body's own language: one language's "du" or "i" is another's "you" or "I".
        Interviews.MarkQuestions(Blocks, NotHeadings, LanguageGuesser.GuessDocument(Blocks, Blocks.Count), LabelledInterview(blocks[start - 1].Start.Line));

        // A dump sets a subheading apart with blank lines: on a dumped page that sets its paragraphs
        // apart so, a short line glued to the text under it (a teaser's headline over its blurb) heads
        // nothing. A page of one paragraph a line, no blank line between, glues them all.
        if (!dumped)
        {
            return;
        }

        var glued = new List<TextBlock>();
        for (var i = 0; i + 1 < Blocks.Count; i++)
        {
            if (Headings.IsGluedAbove(Blocks[i], Blocks[i + 1]))
            {
                glued.Add(Blocks[i]);
            }
        }

        if (glued.Count * 2 < Blocks.Count - 1)
        {
            NotHeadings.UnionWith(glued);
        }
    }

    // Where the first footer chrome after `offset` stands: a sign-up or appeal line, a rights line,
    // a rule drawn with underscores; int.MaxValue when none does.
    private int FooterChromeAfter(int offset)
    {
        var first = int.MaxValue;
        foreach (var item in _boilerplate)
        {
            var at = item.Position.Offset;
            if (at > offset && at < first && IsFooterChrome(item))
            {
                first = at;
            }
        }

        return first;
    }

    // A dateline with a whole date ("06/01/2024 à 09:12") after the article dates another item: a
    // comment, another story. A time alone ("17h51") may stamp a live report's own entries.
    private static bool IsDatedItem(string text)
        => PageLines.IsDateline(text) && Metadata.DateReader.Read(text.AsSpan()) is { Length: >= FullDateLength };

    // A footer's label that asks: "Autres sujets du jour ?", "What else today?": one line of a few words ending on a question mark.
    private const int MaxFooterQuestionWords = 4;

    private static bool IsFooterQuestion(TextBlock block)
        => block.LineCount == 1 && block.Facts.Words <= MaxFooterQuestionWords && block.Text.EndsWith("?", StringComparison.Ordinal);

    // A label labels a list: two headlines at least (lines of a few words, no sentence) among the few blocks under it.
    private const int ListReach = 4;
    private const int MinListedHeadlines = 2;

    private static bool ListUnder(IReadOnlyList<TextBlock> blocks, TextBlock label)
    {
        var at = -1;
        for (var i = 0; i < blocks.Count && at < 0; i++)
        {
            at = ReferenceEquals(blocks[i], label) ? i : -1;
        }

        var headlines = 0;
        for (var i = at + 1; at >= 0 && i < blocks.Count && i <= at + ListReach; i++)
        {
            headlines += ReadAlsoLinks.IsLinkedHeadline(blocks[i]) ? 1 : 0;
        }

        return headlines >= MinListedHeadlines;
    }

    // Whether a dateline with a whole date was set aside between the two offsets: the article's stamps, not a live
    // report's time alone over its next entry.
    private bool BylineBetween(int after, int before)
    {
        foreach (var item in _boilerplate)
        {
            if (item.Kind is BoilerplateKind.Byline or BoilerplateKind.Repeated && item.Position.Offset > after && item.Position.Offset < before
                && IsDatedItem(item.Text))
            {
                return true;
            }
        }

        return false;
    }

    // A picture's caption of a linked story is one short line: a sentence as long as a paragraph's is the article's.
    private const int MaxLinkedCaptionWords = 15;

    // An opinion page's note on its writer right over the dateline, before the article's first paragraph: "Gerrit Wolters
    // is voorzitter van …" (one sentence opening with the name and a copula), or the line under the writer's name alone
    // ("Thérèse Aubry" / "Agricultrice à Livarot, elle tient une chronique …"). The dateline under it makes it the byline's.
    private static bool IsWritersNoteOverDateline(IReadOnlyList<TextBlock> blocks, int i)
    {
        var block = blocks[i];
        if (block.LineCount != 1 || i + 1 >= blocks.Count || !blocks[i + 1].Facts.IsBylineOrDate)
        {
            return false;
        }

        var above = i > 0 ? blocks[i - 1] : null;
        return (WriterNotes.NameOpeningNote(block.Text.AsSpan()) is { } writer && !NamedBelow(blocks, i + 2, writer))
            || (above is not null && above.LineCount == 1 && Headings.IsGluedAbove(above, block)
                && WriterNotes.NameOverNote(above.Text.AsSpan(), block.Text.AsSpan()) is not null);
    }

    // A deck that opens with a person and a copula ("Jane Roe is the new harbour master.") speaks of someone the article
    // names again; a note on the writer names someone it does not. The surname is looked for in a few blocks below.
    private const int NamedBelowReach = 12;

    private static bool NamedBelow(IReadOnlyList<TextBlock> blocks, int from, string name)
    {
        var space = name.LastIndexOf(' ');
        var surname = space > 0 ? name.Substring(space + 1) : name;
        for (var i = from; i < blocks.Count && i < from + NamedBelowReach; i++)
        {
            if (blocks[i].Text.IndexOf(surname, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // "[…]", "(...)", "…": an editor's cut or an ellipsis marks text left out of the article, and stays in it.
    private static bool IsEditorsCut(string text)
        => text.IndexOfAny(s_cutMarks) >= 0 || text.IndexOf("..", StringComparison.Ordinal) >= 0;

    private static readonly char[] s_cutMarks = { '[', '(', '…' };

    // A label that opens the page's part after the article ("Most read", "Comments"), set aside as a line of chrome
    // before it could end the article as a block, is footer chrome too; a "read also" label ("Mehr zum Thema") over
    // its link is an insert the article goes on across.
    private static bool IsFooterChrome(Boilerplate item)
        => item.Kind == BoilerplateKind.Copyright || item.Text.IndexOf("____", StringComparison.Ordinal) >= 0
        || (item.Kind == BoilerplateKind.Navigation && Terminators.IsTerminator(item.Text.AsSpan()) && !ReadAlsoLinks.IsLabel(item.Text.AsSpan()))
        || (item.Kind == BoilerplateKind.Navigation && (LexiconTables.SignUpPhrases.FoundIn(item.Text.AsSpan()) || LexiconTables.AppealPhrases.FoundIn(item.Text.AsSpan())));

    // The name alone on the line just above `block` (past one blank line at most), kept or set aside; else null.
    private string? NameAbove(TextBlock block, TextBlock previous)
    {
        var line = block.Start.Line;
        var at = previous.Start.Line + previous.LineCount - 1;
        var text = previous.LineCount == 1 ? previous.Text : null;
        foreach (var item in _boilerplate)
        {
            if (item.Position.Line < line && item.Position.Line > at)
            {
                at = item.Position.Line;
                text = item.Text;
            }
        }

        return text is not null && at >= line - 2 ? Metadata.AuthorReader.ReadBareName(text.AsSpan()) : null;
    }

    // Whether an agency's credit ("JANE ROE/AFP") stands on the line under `block`, past one blank line at most:
    // the next block, or a line set aside.
    private bool CreditUnder(TextBlock block, TextBlock? next)
    {
        var line = block.Start.Line;
        if (next is not null && next.Start.Line <= line + 2 && next.LineCount == 1 && IsCreditLine(next.Text, next.Facts.IsCaption))
        {
            return true;
        }

        foreach (var item in _boilerplate)
        {
            var at = item.Position.Line;
            if (at > line && at <= line + 2 && IsCreditLine(item.Text, item.Kind == BoilerplateKind.Caption))
            {
                return true;
            }
        }

        return false;
    }

    // "JANE ROE/AFP", "Photo : AFP": an agency's credit, or a caption's line of a few words, or a short
    // line that ends on an agency's name after a slash.
    private static bool IsCreditLine(string text, bool caption)
    {
        if (Metadata.AuthorReader.IsCredit(text.AsSpan()))
        {
            return true;
        }

        var span = Whitespace.Trim(text.AsSpan());
        var slash = span.LastIndexOf('/');
        return !Words.MoreThan(span, MaxCreditWords)
            && (caption || (slash > 0 && Metadata.AuthorReader.IsAgency(Whitespace.Trim(span.Slice(slash + 1)))));
    }

    // Whether any line before `offset` was set aside.
    private bool SetAsideBefore(int offset)
    {
        foreach (var item in _boilerplate)
        {
            if (item.Position.Offset < offset)
            {
                return true;
            }
        }

        return false;
    }

    // Whether a "read also" link line was set aside between blocks[from - 1] and blocks[to - 1].
    private bool LinkLineBetween(List<TextBlock> blocks, int from, int to)
    {
        var start = blocks[from - 1].Start.Offset;
        var end = blocks[to - 1].Start.Offset;
        return _boilerplate.Exists(b => b.Position.Offset > start && b.Position.Offset < end && BoilerplateLines.StartsLinkLine(b.Text));
    }

    // How many lines of chrome were set aside just before each block: a share bar between the
    // article and a list of related articles parts them as much as two blocks would.
    private List<int> ChromeBefore(List<TextBlock> blocks)
    {
        var offsets = _buffers.ChromeOffsets;
        offsets.Clear();
        foreach (var item in _boilerplate)
        {
            offsets.Add(item.Position.Offset);
        }

        offsets.Sort();
        var counts = _buffers.ChromeBefore;
        counts.Clear();
        for (var i = 0; i < blocks.Count; i++)
        {
            counts.Add(0);
        }

        var next = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            var start = blocks[i].Start.Offset;
            while (next < offsets.Count && offsets[next] < start)
            {
                counts[i] += i > 0 && offsets[next] > blocks[i - 1].Start.Offset ? 1 : 0;
                next++;
            }
        }

        return counts;
    }

    // After the article's last paragraph of real prose, a run of lines that are not sentences
    // ("Valmont annonce la fermeture de son port", "Le maire promet 12 millions d'euros pour les quais")
    // is a list of related headlines, and the page's footer follows it: the body ends there.
    private static int BeforeTeaserTail(List<TextBlock> kept, int end, HashSet<TextBlock> lists)
    {
        var lastGood = end - 1;
        while (lastGood >= 0 && !kept[lastGood].Facts.IsGood)
        {
            lastGood--;
        }

        if (lastGood < 0)
        {
            return end;
        }

        var run = 0;
        for (var i = lastGood + 1; i < end; i++)
        {
            var text = kept[i].Text;
            // Numbered or bulleted items are the article's own list, and so are short lines printed under one another between its paragraphs.
            run = kept[i].Facts.IsGood || EndsWithFullStop(text) || BlockSplitter.StartsWithBullet(text) || StartsNumbered(text) || lists.Contains(kept[i]) ? 0 : run + 1;
            if (run == MinTeaserRun)
            {
                return i + 1 - run;
            }
        }

        return end;
    }

    // An obituary's line of life dates right under a sentence of the article, not under a footer's label.
    private static bool IsClosingLifeSpan(List<TextBlock> kept, int index)
        => index > 0 && BlockQuality.EndsLikeSentence(kept[index - 1].Text) && LifeSpans.IsLifeSpan(kept[index].Text.AsSpan());

    // A kicker this close over the headline labels the page.
    private const int KickerReach = 3;

    // "L'intervista", "Das Interview", "Entretien" alone on its line just over the headline, set aside as the page's chrome.
    private bool LabelledInterview(int titleLine)
    {
        foreach (var item in _boilerplate)
        {
            var line = item.Position.Line;
            if (line < titleLine && line >= titleLine - KickerReach && LexiconTables.InterviewLabels.Contains(item.Text.AsSpan().Trim().TrimEnd(':').TrimEnd()))
            {
                return true;
            }
        }

        return false;
    }

    // "Noticias relacionadas", "Most read" alone on their line: an end signal's label, set aside as chrome where it ended nothing.
    private static bool IsLinkListLabel(Boilerplate item)
        => item.Kind == BoilerplateKind.Navigation && LexiconTables.NavigationLines.Contains(item.Text) && Terminators.IsTerminator(item.Text.AsSpan());

    private static bool StartsNumbered(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }

        return i > 0 && i < text.Length && text[i] is '.' or ')';
    }

    private static bool EndsWithFullStop(string text)
        => text.Length > 0 && text[text.Length - 1] is '.' or '…' or ';' or ',' or ':';

    private static bool EndsWithColon(string text) => text.Length > 0 && text[text.Length - 1] == ':';

    // `listItem`: a line of the article's own list (ArticleLists), kept wherever it stands between prose.
    private static BoilerplateKind? Furniture(TextBlock block, TextBlock? next, TextBlock? previous, bool beforeContent, bool inList, bool listItem, bool mayHead, bool tableBelow)
    {
        var text = block.Text;
        var facts = block.Facts;

        // A line of the article's own list ("Réunion publique mardi 19 mars à 20 heures" under "Infos
        // pratiques :") is its text, however much it reads as a dateline.
        if (listItem)
        {
            return null;
        }

        // A byline's opening words alone ("Par", the names on the next line) are set aside with
        // it, but are no evidence of where the headline stands: a standfirst may sit just above.
        if (facts.IsBylineOrDate || Metadata.AuthorReader.IsBylineLead(text.AsSpan()))
        {
            return BoilerplateKind.Byline;
        }

        if (facts.IsCaption && !facts.IsGood)
        {
            return BoilerplateKind.Caption;
        }

        // "The mayor added:" between two paragraphs of prose opens the quotation under it, and "Seats:" the table of
        // figures under it: however short, it is the article's sentence, never a menu's link.
        if (EndsWithColon(text) && previous is not null && IsProseBlock(previous) && next is not null && (IsProseBlock(next) || FigureTables.IsRow(next)))
        {
            return null;
        }

        // A newsletter box's e-mail field, a rule under the article, as lynx draws them with
        // underscores: never the article's text.
        if (text.IndexOf("____", StringComparison.Ordinal) >= 0)
        {
            return BoilerplateKind.Navigation;
        }

        if (beforeContent)
        {
            return BlockQuality.IsProse(facts) || (mayHead && Headings.IsHeading(block, next, previous, tableBelow: tableBelow)) ? null : BoilerplateKind.Navigation;
        }

        return BlockQuality.IsLinkLike(text) && !inList && !(mayHead && Headings.IsHeading(block, next, previous, tableBelow: tableBelow)) ? BoilerplateKind.Navigation : null;
    }

    // A closing block is a disclaimer or a translation note only when two things hold: its
    // language is surely not the body's, and it reads as a notice about the text ("translated
    // automatically", "ne reflète pas le point de vue"). A last paragraph in the body's own
    // language, or a foreign quotation that is no notice, stays in the body.
    private void SetAsideForeignEnding()
    {
        if (Blocks.Count < 2)
        {
            return;
        }

        var last = Blocks[Blocks.Count - 1];
        var bodyLanguage = LanguageGuesser.GuessDocument(Blocks, Blocks.Count - 1);
        if (bodyLanguage is not null && Notices.IsNotice(last.Facts) && LanguageGuesser.IsForeignTo(last.Facts, bodyLanguage))
        {
            Blocks.RemoveAt(Blocks.Count - 1);
            _boilerplate.Add(new Boilerplate(last.Text, BoilerplateKind.Disclaimer, last.Start));
        }
    }

    // The newsroom's notes under the article (a correction, "the views are the writer's own"): the last block or
    // two, never the article's only one. Filed as a Notice, as a print notice is.
    private void SetAsideEditorsNotes()
    {
        for (var n = 0; n < MaxEditorsNotes && Blocks.Count > 2 && EditorsNotes.IsNote(Blocks[Blocks.Count - 1].Facts); n++)
        {
            var last = Blocks[Blocks.Count - 1];
            Blocks.RemoveAt(Blocks.Count - 1);
            SetAside(last, BoilerplateKind.Notice);
        }
    }

    // "By Jane Roe" over the article, "Jane Roe covers the harbour for the Gazette. Reach her at …" as its last block: the
    // writer's box. Only the byline's own full name, opening the block and followed by what a writer does
    // (WriterVerbs: "covers", "suit", "schreibt"), and never the article's only paragraphs: "Jane Roe walked the wall …"
    // closing a first-person piece is the article's.
    private void SetAsideWritersNote()
    {
        if (Blocks.Count <= MinArticleBlocks)
        {
            return;
        }

        var last = Blocks[Blocks.Count - 1];
        if (last.Facts.Words > MaxWritersNoteWords)
        {
            return;
        }

        foreach (var item in _boilerplate)
        {
            // The byline over the article or between its standfirst and its first paragraph.
            if (item.Kind != BoilerplateKind.Byline || item.Position.Offset > Blocks[1].Start.Offset)
            {
                continue;
            }

            var names = Metadata.AuthorReader.Read(item.Text.AsSpan());
            if (names is null)
            {
                continue;
            }

            // The byline may print the names in capitals ("Door EVA MOLENAAR en SEM BAKKER") and the note in title case, and
            // the note may name both writers before its verb ("Eva Molenaar en Sem Bakker zijn verslaggevers van …").
            var writers = names.Split(';');
            foreach (var name in writers)
            {
                var writer = name.Trim();
                if (writer.IndexOf(' ') > 0 && last.Text.Length > writer.Length + 2 && last.Text.StartsWith(writer, StringComparison.OrdinalIgnoreCase)
                    && last.Text[writer.Length] == ' ' && OpensWithWriterVerb(PastCoWriter(last.Text.AsSpan(writer.Length + 1), writers)))
                {
                    Blocks.RemoveAt(Blocks.Count - 1);
                    SetAside(last, BoilerplateKind.Byline);
                    return;
                }
            }

            return;
        }
    }

    // "covers", "schreibt"; or the copula of a note on the writers ("is", "zijn", "sont": NoteCopulas).
    private static bool OpensWithWriterVerb(ReadOnlySpan<char> text)
    {
        var reader = new WordReader(text);
        return reader.Read() && reader.Start == 0 && (LexiconTables.WriterVerbs.Contains(reader.Word) || LexiconTables.NoteCopulas.Contains(reader.Word));
    }

    // `text` past "en Sem Bakker ": a joining word and another of the byline's writers, when it opens with them.
    private static ReadOnlySpan<char> PastCoWriter(ReadOnlySpan<char> text, string[] writers)
    {
        var reader = new WordReader(text);
        if (!reader.Read() || reader.Start != 0 || !Metadata.AuthorReader.IsNameJoiningWord(reader.Word))
        {
            return text;
        }

        var rest = text.Slice(reader.Start + reader.Length).TrimStart();
        foreach (var name in writers)
        {
            var writer = name.Trim();
            if (writer.Length > 0 && rest.Length > writer.Length + 1 && rest.StartsWith(writer.AsSpan(), StringComparison.OrdinalIgnoreCase) && rest[writer.Length] == ' ')
            {
                return rest.Slice(writer.Length + 1);
            }
        }

        // A byline in capitals may have given its first writer only: the second is two to four capitalised words.
        var second = new WordReader(rest);
        var words = 0;
        var end = 0;
        while (second.Read() && char.IsUpper(second.Word[0]) && words < MaxCoWriterWords)
        {
            words++;
            end = second.Start + second.Length;
        }

        return words >= 2 && end + 1 < rest.Length && rest[end] == ' ' ? rest.Slice(end + 1) : text;
    }

    private const int MaxCoWriterWords = 4;

    private void SetAside(TextBlock block, BoilerplateKind kind) => _boilerplate.Add(new Boilerplate(block.Text, kind, block.Start));

}
