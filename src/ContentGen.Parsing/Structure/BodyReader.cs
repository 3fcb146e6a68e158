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
internal sealed partial class BodyReader
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

    // A related list inside the article holds a few headlines.
    private const int MaxRelatedListLines = 4;

    // A writer's box under the article is a sentence or three.
    private const int MaxWritersNoteWords = 60;

    // A correction and a views notice may close an article together.
    private const int MaxEditorsNotes = 2;

    // A wire's credit and its standards line.
    private const int MaxWireLines = 2;

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

    /// <summary>The labels that head the article's lists ("Ingredients" over a recipe's list, "Method" under it: <see cref="ArticleLists"/>).</summary>
    public HashSet<TextBlock> ListLabels => _buffers.ListLabels;

    /// <summary>Letters' signatures (<see cref="Letters"/>): each closes the paragraph above it, and what follows reads as under that paragraph.</summary>
    public HashSet<TextBlock> Signatures => _buffers.Signatures;

    /// <summary>The body's language (ISO 639-1), or <see langword="null"/> when its words do not tell it surely.</summary>
    public string? Language { get; private set; }

    /// <summary>What was set aside, in document order.</summary>
    public IReadOnlyList<Boilerplate> Boilerplate => _boilerplate;

    // The document's first line with a letter or a figure, trimmed, from the lines as read, whatever ends them (a bare
    // carriage return included).
    private static ReadOnlySpan<char> FirstLine(IReadOnlyList<SourceLine> lines, string document)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var text = Whitespace.Trim(lines[i].Span(document));
            if (text.Length > 0)
            {
                return text;
            }
        }

        return default;
    }

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
        var wrappedPage = BlockSplitter.ShowsWrapping(segments, groups);

        // The page's first line, read once: a line further down that prints it again but for its figures is the running
        // header of the next printed page (RunningHeaders.RepeatsButForFigures).
        // Only a first line with a print's column gap can head the printed pages; asked once, not for each block.
        var firstLine = FirstLine(lines, document);
        var firstLineHasGap = Metadata.RunningHeaders.ColumnGapAt(firstLine) > 0;
        for (var g = 0; g < groups.Count; g++)
        {
            var (start, count) = groups[g];
            split.Clear();
            BlockSplitter.Split(segments, start, count, split, buffers.Body.SplitBlocks, wrappedPage, g + 1 < groups.Count ? segments[groups[g + 1].Start].Span : default);
            for (var k = 0; k < split.Count; k++)
            {
                var block = split[k];

                // The block's words are counted once, in its facts, which the title and body rules read next.
                TakeLineReading(buffers.Body, block);
                if (BoilerplateLines.Classify(block.Facts) is { } kind && !IsDetailBetweenDetails(split, k, kind))
                {
                    reader.SetAside(block, kind);
                }
                else if (SignUpBoxes.IsNotice(block.Facts) || SignUpBoxes.IsBlurbOverButton(block))
                {
                    reader.SetAside(block, BoilerplateKind.Navigation);
                }
                else if (firstLineHasGap && block.LineCount == 1 && Metadata.RunningHeaders.RepeatsButForFigures(firstLine, block.Text.AsSpan()))
                {
                    // "105  Lekdal Teletekst   ma 07 dec 14:32:09" under "104  Lekdal Teletekst   ma 07 dec 14:32:08": the next
                    // teletext page's header, set aside before the title is chosen, since its clock reads as a dateline's
                    // and the wrapped item under it would then read as an article under its stamps (ShortParagraphs).
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
            title = reader.CopyOverTheLeadUnderGluedHeader(blocks, title, lines, document);
            reader.RestoreOpening(blocks, title);
            title = reader.CopyAboveTheStandfirst(blocks, title, lines, document);
            reader.SetAsideLowerCopies(blocks, title);

            // "Headline" / "12 March 2024" printed as one group: the stamps under the headline are the page's (TitleStamps).
            var whole = blocks[title];
            if (whole.LineCount > 1 && TitleStamps.StampLines(whole, title + 1 < blocks.Count ? blocks[title + 1] : null, DocumentLanguage(blocks)) is var stamps and > 0)
            {
                blocks[title] = whole.Lines(0, whole.LineCount - stamps);
                reader.SetAside(whole.Lines(whole.LineCount - stamps, stamps), BoilerplateKind.Byline);
            }

            // "Headline" / "Its deck, with no stop" glued on a page printed a paragraph a line: the deck opens the body (GluedDecks).
            if (GluedDecks.HeadlineLineCount(blocks, title, document) is var headlineLines and > 0)
            {
                var glued = blocks[title];
                blocks[title] = glued.Lines(0, headlineLines);
                blocks.Insert(title + 1, glued.Lines(headlineLines, glued.LineCount - headlineLines));
            }

            // "Headline" / blank / a deck printed as points, a clause a line: each point is a paragraph (DeckPoints).
            TitleFinder.SplitDeckPoints(blocks, title);

            reader.Title = blocks[title];
            for (var i = 0; i < title; i++)
            {
                reader.SetAside(blocks[i], BoilerplateKind.Navigation);
            }

            reader.ReadBody(blocks, title + 1, document);
            reader.SetAsideEditorsNotes();
            reader.SetAsideWritersNote();
            reader.SetAsideForeignEnding();
            reader.ReadAgainLoosely(blocks, title);
        }

        reader.Language = LanguageGuesser.GuessDocument(reader.Blocks, reader.Blocks.Count);

        reader._boilerplate.Sort((a, b) => a.Position.Offset.CompareTo(b.Position.Offset));
        return reader;
    }

    // The page's language, guessed only if the stamps ask for it: a lambda in Read itself would
    // make its closure on every page.
    private static Func<string?> DocumentLanguage(List<TextBlock> blocks) => () => LanguageGuesser.GuessDocument(blocks, blocks.Count);

    // "Durata: 124 minuti" printed between "Regia: …" and "Con: …": a film's running time in its box of details (as
    // GroupLines reads it), not a video's duration alone.
    private static bool IsDetailBetweenDetails(List<TextBlock> split, int k, BoilerplateKind kind)
        => kind == BoilerplateKind.Navigation && k > 0 && k + 1 < split.Count && split[k].LineCount == 1
            && FactBoxes.IsLabelledLine(split[k].Text.AsSpan()) && FactBoxes.IsLabelledLine(split[k - 1].Text.AsSpan())
            && FactBoxes.IsLabelledLine(split[k + 1].Text.AsSpan());

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

    // The body runs from the first block of real prose after the title. What stands between is
    // page furniture unless it reads as prose (a standfirst); from a terminator on, all is trailer.
    private void ReadBody(List<TextBlock> blocks, int start, string document)
    {
        var plan = PlanBody(blocks, start);
        var kept = WalkBody(blocks, plan, document);
        var end = ClosingLinesStart(blocks, kept, plan);
        for (var i = end; i < kept.Count; i++)
        {
            SetAside(kept[i], BoilerplateKind.Trailer);
        }

        // On a dumped page a sentence printed again on its own (a pull quote) is kept once, in its paragraph.
        var pullQuotes = plan.Dumped ? PullQuotes.Find(kept, end) : null;
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
        if (plan.Dumped)
        {
            MarkGluedLines(blocks, document);
        }
    }

    // Where the page's lines under the article start among the kept blocks: after the last real paragraph,
    // what does not read as a sentence is page footer.
    private int ClosingLinesStart(List<TextBlock> blocks, List<TextBlock> kept, in BodyPlan plan)
    {
        var dumped = plan.Dumped;
        var lists = plan.Lists;
        var end = kept.Count;
        // A review's rating and its film's or book's details under the last sentence ("Certificate: 12A" / "Director: …", in
        // the article's lists: FactBoxes.AddDetails) are the article's (Ratings), and so are the last letter's signature (Letters) and a
        // practical line's office and phone ("Per informazioni: …", PracticalLines.IsInfoLine), and a last paragraph an
        // agency closes with its name in brackets ("… werden muss. (dpa)", AgencyClosings).
        // A plain article's long paragraph that an export cut off before its full stop is still its text. A dumped match
        // report's line-up ("Eintracht Ohlsdorf: Kessler – Aydin, Wolf, …") is no sentence, whatever stop closes it. An
        // obituary's line of life dates ("…, born 2 June 1937; died 8 March 2025") right under its last paragraph is the
        // article's (LifeSpans); under a footer's label ("More obituaries") it is a teaser's. A match's
        // fact box ("Arbitre : M. Roe" / "Spectateurs : 1 200") is no sentence, whatever its lines end on.
        while (end > 0 && (!BlockQuality.EndsLikeSentence(kept[end - 1].Text) || (dumped && (LineUps.AreLineUps(kept[end - 1], end >= 2 ? kept[end - 2] : null, end < kept.Count ? kept[end] : null) || FactBoxes.InMatchFactBox(kept, end - 1))))
            && !BlockSplitter.StartsWithBullet(kept[end - 1].Text)
            && (dumped || !kept[end - 1].Facts.IsGood) && !lists.Contains(kept[end - 1]) && !IsClosingLifeSpan(kept, end - 1)
            && !IsClosingRating(kept, end - 1, lists) && !Signatures.Contains(kept[end - 1])
            && !IsClosingInfoLine(kept, end - 1) && !AgencyClosings.ClosesParagraph(kept[end - 1].Text))
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
        if (plan.Start > 1)
        {
            end = BeforeTeaserTail(kept, end, lists);
        }

        return end;
    }

    // A dump sets a subheading apart with blank lines: on a dumped page that sets its paragraphs
    // apart so, a short line glued to the text under it (a teaser's headline over its blurb) heads
    // nothing. A page of one paragraph a line, no blank line between, glues them all. A live report's entry title glued
    // under its time (LiveEntries) heads its entry all the same.
    private void MarkGluedLines(List<TextBlock> blocks, string document)
    {
        var glued = new List<TextBlock>();

        // The page's entry times are counted only once a glued line sits under a time: asking every short line whether
        // it is a time copies it (PageLines.IsDateline), which took the French pages over four bytes per input byte.
        bool? livePage = null;
        for (var i = 0; i + 1 < Blocks.Count; i++)
        {
            if (Headings.IsGluedAbove(Blocks[i], Blocks[i + 1])
                && !(LiveEntries.IsGluedUnderTime(document, Blocks[i]) && (livePage ??= LiveEntries.StampsSeveral(blocks)) == true))
            {
                glued.Add(Blocks[i]);
            }
        }

        if (glued.Count * 2 < Blocks.Count - 1)
        {
            NotHeadings.UnionWith(glued);
        }
    }

    // A footer's label that asks: "Autres sujets du jour ?", "What else today?": one line of a few words ending on a question mark.
    private const int MaxFooterQuestionWords = 4;

    // A label labels a list: two headlines at least (lines of a few words, no sentence) among the few blocks under it.
    private const int ListReach = 4;
    private const int MinListedHeadlines = 2;

    // A picture's caption of a linked story is one short line: a sentence as long as a paragraph's is the article's.
    private const int MaxLinkedCaptionWords = 15;

    // A deck that opens with a person and a copula ("Jane Roe is the new harbour master.") speaks of someone the article
    // names again; a note on the writer names someone it does not. The surname is looked for in a few blocks below.
    private const int NamedBelowReach = 12;

    private static readonly char[] s_cutMarks = { '[', '(', '…' };

    // A review's rating ("Bewertung: 4 von 5 Sternen") right under a sentence of the article, or under its details' box.
    private static bool IsClosingRating(List<TextBlock> kept, int index, HashSet<TextBlock> lists)
        => index > 0 && Ratings.IsRating(kept[index].Text) && (BlockQuality.EndsLikeSentence(kept[index - 1].Text) || lists.Contains(kept[index - 1]));

    // "Per informazioni: Ufficio Mobilità, tel. …" right under the article's last sentence: its practical line.
    // So is a recipe's nutrition line ("Nutrition per serving: 410 kcal, 15g fat"), and its bar of facts ("Serves: 4 | Prep:
    // 20 min | Cook: 40 min").
    private static bool IsClosingInfoLine(List<TextBlock> kept, int index)
        => index > 0 && BlockQuality.EndsLikeSentence(kept[index - 1].Text)
            && (PracticalLines.IsInfoLine(kept[index].Text.AsSpan()) || PracticalLines.IsNutritionLine(kept[index].Text.AsSpan())
                || (kept[index].LineCount == 1 && FactBoxes.IsFactBar(kept[index].Text.AsSpan()) && FiguresInParts(kept[index].Text) >= MinFiguredFacts));

    // A recipe's facts give figures ("Serves: 4 | Prep: 20 min"); a footer's labels give words ("Topics: buses | Section: local").
    private const int MinFiguredFacts = 2;

    private static int FiguresInParts(string text)
    {
        var parts = 0;
        var figure = false;
        foreach (var c in text)
        {
            if (c == '|')
            {
                parts += figure ? 1 : 0;
                figure = false;
            }

            figure |= char.IsDigit(c);
        }

        return parts + (figure ? 1 : 0);
    }

    // An obituary's line of life dates right under a sentence of the article, not under a footer's label.
    private static bool IsClosingLifeSpan(List<TextBlock> kept, int index)
        => index > 0 && BlockQuality.EndsLikeSentence(kept[index - 1].Text) && LifeSpans.IsLifeSpan(kept[index].Text.AsSpan());

    // A kicker this close over the headline labels the page.
    private const int KickerReach = 3;

    // "L'intervista", "Das Interview", "Entretien" alone on its line just over the headline, set aside as the page's chrome;
    // or a byline under the headline that credits an interview ("Propos recueillis par …", "Das Gespräch führte …").
    private bool LabelledInterview(int titleLine)
    {
        foreach (var item in _boilerplate)
        {
            var line = item.Position.Line;
            if ((line < titleLine && line >= titleLine - KickerReach && LexiconTables.InterviewLabels.Contains(item.Text.AsSpan().Trim().TrimEnd(':').TrimEnd()))
                || (line > titleLine && item.Kind == BoilerplateKind.Byline && LexiconTables.InterviewCredits.StartsAny(item.Text.AsSpan().TrimStart())))
            {
                return true;
            }
        }

        return false;
    }

    // "Noticias relacionadas", "Most read" alone on their line: an end signal's label, set aside as chrome where it ended nothing.
    private static bool IsLinkListLabel(Boilerplate item)
        => item.Kind == BoilerplateKind.Navigation && LexiconTables.NavigationLines.Contains(item.Text) && Terminators.IsTerminator(item.Text.AsSpan());

    private const int MaxCoWriterWords = 4;

    private void SetAside(TextBlock block, BoilerplateKind kind) => _boilerplate.Add(new Boilerplate(block.Text, kind, block.Start));
}
