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

    private const int MaxCoWriterWords = 4;

    private void SetAside(TextBlock block, BoilerplateKind kind) => _boilerplate.Add(new Boilerplate(block.Text, kind, block.Start));
}
