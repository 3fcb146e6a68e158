using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// The body's walk: each block under the title, in order, is kept as the article's or set aside,
// by rules tried in turn. The first rule that claims a block decides it; an end signal or the
// writer's signature ends the article, and all that follows is the page's.
internal sealed partial class BodyReader
{
    // What the walk has read so far.
    private struct BodyWalk
    {
        // Where the last prose, or the last link under a "read also" label, starts: a label above it is spent.
        public int TextSince;

        public int ProseWords;

        public int ProseBlocks;

        // Whether the block follows a line ending on a colon, or an item of the list such a line opens.
        public bool InList;
    }

    private List<TextBlock> WalkBody(List<TextBlock> blocks, in BodyPlan plan, string document)
    {
        var kept = _buffers.Kept;
        var walk = new BodyWalk { TextSince = blocks[plan.Start - 1].Start.Offset };
        var letters = Title is not null && Letters.IsLettersPage(Title.Text);

        // The page's first line, and where its publication's name ends, read once for the running lines below it.
        var firstLine = FirstLine(document);
        var runningNameEnd = Metadata.RunningHeaders.NameEnd(firstLine);
        bool[]? slideRunTotals = null;
        (int First, int Last)? slideSpan = null;
        TimelineEntries.Find(blocks, plan.Start, _buffers.TimelineDates);
        for (var i = plan.Start; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
            var previous = kept.Count > 0 ? kept[kept.Count - 1] : null;
            if (SignsOff(blocks, i, plan, walk, document))
            {
                SetAsideFrom(blocks, i, BoilerplateKind.Byline);
                break;
            }

            if (IsWritersNoteOverArticle(blocks, i, plan, walk, kept.Count))
            {
                SetAside(block, BoilerplateKind.Byline);
                continue;
            }

            // A sign-up box's label the article's prose goes on under (ProseRuns.ArticleEnd) is the box's chrome.
            if (i < plan.PageArticleEnd && block.Facts.IsTerminator && SignUpBoxLabels.IsLabel(block))
            {
                SetAside(block, BoilerplateKind.Navigation);
                continue;
            }

            if (i >= plan.Content && (block.Facts.IsTerminator || OpensClosingAuthorBox(blocks, i, walk)))
            {
                // An end signal above the article's prose ("Mots-clés :" in a page's header, under
                // a standfirst) is the header's chrome: the article has not begun, let alone ended.
                // After a few paragraphs it has, and the signal ends it even when reader comments
                // below outweigh it.
                if (i < plan.Prose.Start && walk.ProseWords < plan.Prose.Words && walk.ProseBlocks < MinArticleBlocks)
                {
                    SetAside(block, BoilerplateKind.Navigation);
                    continue;
                }

                SetAsideFrom(blocks, i, BoilerplateKind.Trailer);
                break;
            }

            // "The full draw is:" opens a list: the short lines under it ("Wrexham v Manchester
            // City") are its items, however much they look like menu links.
            walk.InList = previous is not null && (EndsWithColon(previous.Text) || (walk.InList && !BlockQuality.EndsLikeSentence(previous.Text)));
            // "Noticias relacionadas" / its headlines / the article's last paragraph: the list was an insert (es-juicio).
            if (IsRelatedListInArticle(blocks, i, plan, walk))
            {
                SetAside(block, BoilerplateKind.Navigation);
                KeepAsText(blocks[++i]);
                walk.ProseBlocks++;
                continue;
            }

            if (IsPagesTrailer(blocks, i, plan) && !IsSlideText(blocks, i, plan, ref slideSpan))
            {
                SetAside(block, BoilerplateKind.Trailer);
                continue;
            }

            // "12 de marzo de 2019" glued over its entry's sentence, once the article has begun: a timeline's date (TimelineEntries).
            if (walk.ProseBlocks > 0 && _buffers.TimelineDates.Contains(block))
            {
                KeepAsText(block);
                continue;
            }

            // "★★★★☆" under a review's byline, "Note : 15/20" under its last paragraph: the critic's verdict (Ratings).
            if (IsRatingInReview(blocks, i, previous))
            {
                KeepAsText(block);
                continue;
            }

            // After the article, another story's teaser ("Dans l'actualité aussi" / its headline / its blurb / "Lire la
            // suite"): the page's, however much its blurb reads as prose (ReadOnTeasers).
            if (plan.Dumped && walk.ProseBlocks > 0 && i >= plan.PageArticleEnd
                && (ReadOnTeasers.IsLabel(blocks, i, document) || ReadOnTeasers.IsHeadline(blocks, i, document)))
            {
                i = SetAsideTeaser(blocks, i, document);
                continue;
            }

            // A press release's box on its sender over the press contact ("À propos du Syndicat …" / its blurb / "Contact
            // presse :"): the release's boilerplate (PressReleases).
            if (plan.Dumped && walk.ProseBlocks > 0 && PressReleases.AboutBoxBlocks(blocks, i, document) is var box and > 0)
            {
                for (var b = 0; b < box; b++)
                {
                    SetAside(blocks[i + b], BoilerplateKind.Navigation);
                }

                i += box - 1;
                continue;
            }

            // The press contact's box or the notes to the newsrooms under a release ("Noot voor de redactie" / a line to the
            // newsrooms; "Perscontact" / a name / a number): the release's boilerplate (PressReleases).
            if (plan.Dumped && walk.ProseBlocks > 0 && PressReleases.ContactBoxBlocks(blocks, i) is var contact and > 0)
            {
                for (var b = 0; b < contact; b++)
                {
                    SetAside(blocks[i + b], BoilerplateKind.Navigation);
                }

                i += contact - 1;
                continue;
            }

            // "Margaret Hill, Holme" under a letter's last paragraph on a letters page: the letter's signature (Letters).
            if (_buffers.Signatures.Contains(block))
            {
                if (previous is not null && previous == blocks[i - 1])
                {
                    KeepAsText(block);
                    continue;
                }

                // Its letter was not kept: no signature, nor a line of the article's.
                _buffers.Signatures.Remove(block);
                plan.Lists.Remove(block);
            }

            if (plan.Dumped && IsOrnament(block, previous))
            {
                SetAside(block, BoilerplateKind.Navigation);
                continue;
            }

            // "– 4 –" alone on its line: a printed page's number, where an exported print broke its page; a browser print's
            // footer, the page's address and the sheet's count, where the browser broke it (PageFolios).
            // A print's running line where the next printed page begins ("Steinbachtaler Rundschau · Ausgabe 48/2026"
            // under the page's first line "Steinbachtaler Rundschau · …"): the print's furniture too (RunningHeaders).
            // "2/10" over a web story's second slide, where "3/10" numbers the next: the viewer's count (PageJumps).
            if (block.LineCount == 1 && (PageFolios.IsFolio(block.Text.AsSpan()) || PageFolios.IsPrintFooter(block.Text.AsSpan())
                || (runningNameEnd >= 0 && Metadata.RunningHeaders.IsRunningLine(firstLine, runningNameEnd, block.Text.AsSpan()))
                || PageJumps.IsSlideCountOfRun(blocks, i, ref slideRunTotals)))
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

            if (IsTranscriptLine(block, previous, plan.Labels))
            {
                KeepAsText(block);
                continue;
            }

            if (IsWritersNoteUnderArticle(blocks, i, plan))
            {
                SetAside(block, BoilerplateKind.Byline);
                continue;
            }

            // Subheadings stand between the article's first paragraph and the end of its main run of
            // prose; what follows that run (a channel's kicker, a radio's "Nous contacter") heads nothing.
            // A plain article (its headline on top, no page chrome) or a text with no prose run at all
            // keeps the plain heading rules. On a dumped page a heading parts paragraphs, so what stands
            // between the headline and the first paragraph (a kicker, "4 mn") heads nothing.
            // A letters page heads its first letter with the letter's subject right under the dateline.
            // Nor does a deck right under the headline, over the byline, on a page that begins with its headline (a scrape that
            // cut the header off): it is the standfirst, as under a header's chrome.
            var mayHead = (!plan.Dumped || i < plan.ArticleEnd || plan.Prose.Words == 0) && !(plan.Dumped && kept.Count == 0 && !letters)
                && !(kept.Count == 0 && i == plan.Start && Ledes.IsDeckOverByline(blocks, i)) && !StandfirstDecks.IsPart(blocks, i, plan.Start);
            if (IsProseBlock(block))
            {
                walk.ProseWords += block.Facts.Words;
                walk.ProseBlocks++;
            }

            if (IsLinkedStorysCaption(blocks, i, plan, walk))
            {
                SetAside(block, BoilerplateKind.Caption);
                continue;
            }

            if (IsLinkedHeadline(blocks, i, plan, walk))
            {
                i = SetAsideLinkedHeadlines(blocks, i, ref walk);
                continue;
            }

            // A photo's caption printed twice (a gallery's copy), a credit under each copy: the picture's, not the article's.
            if (block.LineCount == 1 && _firstCopies.Contains(block.Start.Offset) && CreditUnder(block, next))
            {
                SetAside(block, BoilerplateKind.Caption);
                continue;
            }

            // Three or more other stories' headlines glued one under the other between two of the article's paragraphs, no
            // label over them: the site's links (TeaserRuns). Under a lead-in on a colon they are the article's list.
            if (plan.Dumped && previous is not null && previous == blocks[i - 1] && !walk.InList && TeaserRuns.EndsParagraph(previous)
                && TeaserRuns.RunAt(blocks, i) is var run and > 0)
            {
                for (var r = 0; r < run; r++)
                {
                    SetAside(blocks[i + r], BoilerplateKind.Navigation);
                }

                i += run - 1;
                continue;
            }

            // Between the article's paragraphs of a dumped page, "Port-Lavoie : la digue sera rehaussée" is another
            // story's headline, linked without a label.
            // "Renseignements : office de tourisme, …" has such a headline's shape, but its lead is a practical line's.
            if (plan.Dumped && previous is not null && IsProseBlock(previous) && !plan.Lists.Contains(block) && TeaserHeadlines.IsOtherStorysHeadline(block)
                && !PracticalLines.IsInfoLine(block.Text.AsSpan()))
            {
                SetAside(block, BoilerplateKind.Navigation);
                continue;
            }

            // A practical line between the article's paragraphs ("Réunion publique jeudi 21 mars à 19h30,
            // salle des fêtes") gives a date as a dateline does, but it is a clause of the article.
            if (i > plan.Content && previous is not null && IsProseBlock(previous) && next is not null && IsProseBlock(next)
                && PracticalLines.IsArticleLine(block))
            {
                KeepAsText(block);
                continue;
            }

            if (IsJobUnderByline(blocks, i))
            {
                SetAside(block, BoilerplateKind.Byline);
                continue;
            }

            if (IsNameBesideDateline(blocks, i, plan.Start, kept.Count, previous, plan.Dumped, document))
            {
                SetAside(block, BoilerplateKind.Byline);
                continue;
            }

            // "Scorers: Roe 34, Poe 88" / "Attendance: 4,812" on a dumped page, over the byline, before anything of the
            // article is kept: a match report's fact box, the page's, however much its figures read as a list.
            if (plan.Dumped && kept.Count == 0 && FactBoxes.InBoxOverByline(blocks, i))
            {
                SetAside(block, BoilerplateKind.Navigation);
                continue;
            }

            ReadProseOrFurniture(blocks, i, plan, ref walk, mayHead);
        }

        return kept;
    }

    // The rules that claim no block leave it to the page's furniture rules: what they do not set aside is the article's.
    private void ReadProseOrFurniture(List<TextBlock> blocks, int i, in BodyPlan plan, ref BodyWalk walk, bool mayHead)
    {
        var block = blocks[i];
        var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
        var kept = _buffers.Kept;
        var previous = kept.Count > 0 ? kept[kept.Count - 1] : null;
        // The subject of the next letter reads as under the last paragraph of the letter above, its signature aside.
        var headed = previous is not null && kept.Count > 1 && _buffers.Signatures.Contains(previous) ? kept[kept.Count - 2] : previous;
        // A film's or a book's details under the review's last sentence ("Director: Ruth Calloway") are its list's lines
        // while that sentence, or the box's line above, was kept right above them.
        if (_buffers.Details.Contains(block) && (previous is null || previous != blocks[i - 1]))
        {
            _buffers.Details.Remove(block);
            plan.Lists.Remove(block);
        }

        var listItem = plan.Lists.Contains(block);
        // A plain article's lede above its first long paragraph is its text, however few function words it has.
        // So is a dumped page's deck right under the headline, a standfirst printed without its full stop.
        // Once the article's prose has begun (a page of short paragraphs has its first long one far down), a short statement
        // ("Die Führung kostet nichts.") is the article's too.
        var beforeContent = i < plan.Content
            && !(plan.Dumped ? Ledes.IsDumpedLede(block) || (i == plan.Start && Ledes.IsDeckOverByline(blocks, i)) || StandfirstDecks.IsPart(blocks, i, plan.Start) : Ledes.IsPlainLede(block))
            && !(walk.ProseBlocks > 0 && Ledes.IsShortStatement(block));
        // A short line set apart over a table of figures with its column names (FigureTables) heads it, as one over a paragraph does.
        var tableBelow = next is not null && !listItem && FigureTables.IsHeadedBy(blocks, i);
        // So does one over a short lead whose sentence goes on into its items (ListLeads).
        var listBelow = !listItem && ListLeads.OpensList(blocks, i + 1);
        // "Ingredients" over a recipe's list, "Method" under it over the steps (ArticleLists): a label that heads the article's text.
        var listLabel = _buffers.ListLabels.Contains(block);
        if (!listLabel && Furniture(block, next, headed, beforeContent, walk.InList, listItem, mayHead, tableBelow, listBelow) is { } kind)
        {
            SetAside(block, kind);
            return;
        }

        if (IsProseBlock(block))
        {
            walk.TextSince = block.Start.Offset;
        }

        if (!mayHead || listItem)
        {
            NotHeadings.Add(block);
            ListLabels.Remove(block);
        }

        kept.Add(block);
    }

    // The document's first line with a letter or a figure, trimmed: read from the start, up to its end only.
    private static ReadOnlySpan<char> FirstLine(string document)
    {
        var text = document.AsSpan();
        while (true)
        {
            var end = text.IndexOf('\n');
            var line = Whitespace.Trim(end < 0 ? text : text.Slice(0, end));
            if (line.Length > 0 || end < 0)
            {
                return line;
            }

            text = text.Slice(end + 1);
        }
    }

    // The writer's signature with the station's name ("Paul Morvan Radio Vallée Pays Basque")
    // closes the article on a dumped page, once a few paragraphs are read: what follows is the page's.
    // A name over a place or a date ("Marta Ruiz" / "Villalba del Monte" / the date) over three sentences
    // in a row that outweigh the prose read above it is the byline under a standfirst of short paragraphs:
    // it closes nothing. Over a promo's or blurbs' few sentences it signs the article.
    private static bool SignsOff(List<TextBlock> blocks, int i, in BodyPlan plan, in BodyWalk walk, string document)
    {
        var block = blocks[i];
        if (!plan.Dumped || walk.ProseBlocks < MinArticleBlocks || block.LineCount != 1)
        {
            return false;
        }

        return (Metadata.AuthorReader.ReadSignature(block.Text.AsSpan(), document, block.Start.Offset) is not null
                && NoArticleFrom(blocks, i + 1, longParagraph: false, walk.ProseWords))
            || SignsAndDates(blocks, i, walk.ProseWords);
    }

    // "Ein Kommentar von Jane Roe" / "Jane Roe leitet die Lokalredaktion …": before the article's first paragraph,
    // a note on the writer the byline above names; or the writer's box's link ("Jane Roe" / "Columnist" / "Follow Jane").
    private static bool IsWritersNoteOverArticle(List<TextBlock> blocks, int i, in BodyPlan plan, in BodyWalk walk, int keptCount)
        => (plan.Dumped && keptCount == 0 && i > 0 && AuthorBoxes.IsNoteUnderByline(blocks[i], blocks[i - 1], i > 1 ? blocks[i - 2] : null))
            || (walk.ProseBlocks == 0 && AuthorBoxes.IsLinkUnderName(blocks, i))
            || (plan.Dumped && walk.ProseBlocks <= 1 && keptCount <= 1 && IsWritersNoteOverDateline(blocks, i));

    // "Les auteurs" alone over "Jane Roe is a reporter …" opens the author box, as "About the author" does.
    // Only where the box closes the article: writers' notes or chrome under it, no more prose.
    private static bool OpensClosingAuthorBox(List<TextBlock> blocks, int i, in BodyWalk walk)
        => walk.ProseBlocks >= MinArticleBlocks && i + 1 < blocks.Count && AuthorBoxes.OpensBox(blocks[i], blocks[i + 1])
            && ClosesArticle(blocks, i + 2);

    // Past a dumped page's footer, its lists of other stories, or the footer chrome after the article.
    private static bool IsPagesTrailer(List<TextBlock> blocks, int i, in BodyPlan plan)
        => i >= plan.Footer || (plan.Teasers is not null && plan.Teasers.Contains(blocks[i]))
            || (i >= plan.PageArticleEnd && blocks[i].Start.Offset > plan.FooterChrome);

    // A web story's slide between two counts of the run the story opens inside the article ("3/7" over it, "4/7" under it):
    // the story's text, however short its slides and however much of the viewer's furniture parts them (a credit, "Tap to
    // continue"), which cuts the article's run of prose short (ProseRuns). Prose only: the credits and prompts stay chrome,
    // and the closing card under the last count ("Read the full story on …") stays the trailer. A gallery of other stories
    // numbered in the footer opens after the article's end, and takes nothing.
    private static bool IsSlideText(List<TextBlock> blocks, int i, in BodyPlan plan, ref (int First, int Last)? span)
    {
        if (!IsProseBlock(blocks[i]))
        {
            return false;
        }

        span ??= PageJumps.SlideSpan(blocks);
        var (first, last) = span.Value;
        return first >= 0 && first < plan.PageArticleEnd && first < i && i < last;
    }

    // On a dumped page, a block without a letter or a digit (".", "* * *") alone between blank lines was an
    // ornament of the page: it says nothing. Glued under a line, it ends that line's sentence (";" after a list's item).
    private static bool IsOrnament(TextBlock block, TextBlock? previous)
        => block.Facts.Words == 0 && (previous is null || previous.Start.Line + previous.LineCount < block.Start.Line)
            && !IsEditorsCut(block.Text);

    // The headlines under a related list's label set aside where the page's article seemed to end ("Noticias relacionadas" /
    // two headlines), with a paragraph right under them that ends as a sentence and shares two of the article's words
    // (ProseRuns.SharesAWord): the list is an insert, and the paragraph the article's last. A footer's prose under such a
    // list ("About us", another story's blurb) speaks of something else.
    private static bool IsRelatedListInArticle(List<TextBlock> blocks, int i, in BodyPlan plan, in BodyWalk walk)
    {
        var list = blocks[i];
        if (!plan.Dumped || i != plan.PageArticleEnd || plan.LinkLists is null || walk.ProseBlocks < MinArticleBlocks || IsProseBlock(list)
            || BlockQuality.EndsLikeSentence(list.Text) || list.LineCount > MaxRelatedListLines || i + 1 >= blocks.Count
            || !AnyBetween(plan.LinkLists, walk.TextSince, list.Start.Offset))
        {
            return false;
        }

        var next = blocks[i + 1];
        return IsProseBlock(next) && BlockQuality.EndsLikeSentence(next.Text) && !next.Facts.IsTerminator
            && ProseRuns.SharesAWord(blocks, plan.Content, i, i + 1, i + 1);
    }

    // Sets aside the teaser at `i`: its label if it has one, its headline, its blurb and the read-on link when the walk
    // holds it. Returns the last block set aside.
    private int SetAsideTeaser(List<TextBlock> blocks, int i, string document)
    {
        if (ReadOnTeasers.IsLabel(blocks, i, document))
        {
            SetAside(blocks[i], BoilerplateKind.Navigation);
            i++;
        }

        SetAside(blocks[i], BoilerplateKind.Navigation);
        SetAside(blocks[i + 1], BoilerplateKind.Navigation);
        i++;
        if (i + 1 < blocks.Count && ReadOnTeasers.IsReadOnLink(blocks[i + 1]))
        {
            i++;
            SetAside(blocks[i], BoilerplateKind.Navigation);
        }

        return i;
    }

    // A rating alone on its line under the article's prose or a sentence of it kept right above (the book's details: "Lene
    // Harms: Das Schweigen. Roman. 288 Seiten."), or under the byline and dateline once the standfirst is read.
    private static bool IsRatingInReview(List<TextBlock> blocks, int i, TextBlock? previous)
        => previous is not null && blocks[i].LineCount == 1 && Ratings.IsRating(blocks[i].Text)
            && (IsProseBlock(previous) || blocks[i - 1].Facts.IsBylineOrDate || (previous == blocks[i - 1] && BlockQuality.EndsLikeSentence(previous.Text)));

    // A transcript's "MARC FAUVELLE" belongs to what that speaker says, and what the speaker says
    // right under it ("Bonjour.") is the transcript's, however short.
    private static bool IsTranscriptLine(TextBlock block, TextBlock? previous, HashSet<string> labels)
        => (labels.Count > 0 && block.LineCount == 1 && labels.Contains(block.Text))
            || (previous is not null && labels.Contains(previous.Text) && block.Start.Line - previous.Start.Line <= SpeakerLabelReach
                && !block.Facts.IsBylineOrDate && !block.Facts.IsCaption);

    // At the article's end, a note under the writer's name alone is the author box: its last
    // block of prose (the name between does not part a run) or past it.
    private bool IsWritersNoteUnderArticle(List<TextBlock> blocks, int i, in BodyPlan plan)
        => plan.Dumped && i + 1 >= plan.ArticleEnd && i > plan.Content && NameAbove(blocks[i], blocks[i - 1]) is { } writer
            && AuthorBoxes.IsNoteAbout(blocks[i], writer);

    // "À lire aussi" / the other story's picture caption / its date / its headline: the caption over the date is the link's.
    private static bool IsLinkedStorysCaption(List<TextBlock> blocks, int i, in BodyPlan plan, in BodyWalk walk)
    {
        var block = blocks[i];
        return block.LineCount == 1 && block.Facts.Words <= MaxLinkedCaptionWords && i + 2 < blocks.Count && blocks[i + 1].Facts.IsBylineOrDate
            && AnyBetween(plan.ReadAlso, walk.TextSince, block.Start.Offset) && ReadAlsoLinks.IsLinkedHeadline(blocks[i + 2]) && !plan.Lists.Contains(block);
    }

    // The headline under a "read also" label, or under a label that heads a list of links, before any prose since.
    private static bool IsLinkedHeadline(List<TextBlock> blocks, int i, in BodyPlan plan, in BodyWalk walk)
    {
        var block = blocks[i];
        return (AnyBetween(plan.ReadAlso, walk.TextSince, block.Start.Offset)
                || (plan.LinkLists is not null && AnyBetween(plan.LinkLists, walk.TextSince, block.Start.Offset) && ReadAlsoLinks.OpensList(blocks, i)))
            && ReadAlsoLinks.IsLinkedHeadline(block) && !plan.Lists.Contains(block);
    }

    // Sets aside the linked headline at `i`, and the bulleted headlines printed with it ("• Headline" / "• Headline"):
    // they are the label's links too. Returns the last block set aside.
    private int SetAsideLinkedHeadlines(List<TextBlock> blocks, int i, ref BodyWalk walk)
    {
        SetAside(blocks[i], BoilerplateKind.Navigation);
        walk.TextSince = blocks[i].Start.Offset;
        while (BlockSplitter.StartsWithBullet(blocks[i].Text) && i + 1 < blocks.Count && ReadAlsoLinks.IsBulletedHeadlineUnder(blocks[i], blocks[i + 1]))
        {
            i++;
            SetAside(blocks[i], BoilerplateKind.Navigation);
            walk.TextSince = blocks[i].Start.Offset;
        }

        return i;
    }

    // Above the article's first paragraph, "Jan de Vries" over "12 mrt 2024 om 18:05" (or under it) is the
    // writer's name beside the dateline, however much its particles read as prose; so is "ROOS VAN DAM".
    // Under a caption, over the standfirst or the paragraph under it ("Photo : …" / "ROOS VAN DAM" / the first
    // paragraph), or on a dumped page right under the standfirst, over the first paragraph, a name in capitals is the writer's too, when the
    // prose does not use its words ("QUANTO COSTA" heads a section whose prose says what "costa"); one in title case there is as often a subheading
    // ("Neuer Anleger": German capitalises its nouns). Under a standfirst of short paragraphs, a name printed over the
    // place the writer files from and the dateline ("Eva de Rooij" / "Schoonwaard" / the date) is the byline too.
    private static bool IsNameBesideDateline(List<TextBlock> blocks, int i, int start, int keptCount, TextBlock? standfirst, bool dumped, string document)
    {
        var block = blocks[i];
        var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
        return block.LineCount == 1
            && (keptCount == 0 ? next?.Facts.IsBylineOrDate == true || (i > start && blocks[i - 1].Facts.IsBylineOrDate)
                : (keptCount == 1 && i > start && (blocks[i - 1].Facts.IsCaption || (dumped && blocks[i - 1] == standfirst)) && next is not null && IsProseBlock(next)
                    && Metadata.CapitalsNames.StartsName(block.Text.AsSpan()))
                    || TitleFinder.OverPlaceAndDateline(blocks, i))
            // An agency's or an office's name beside the dateline ("Agencia Norte" over "14 oct 2024") signs the text as a byline does.
            && (Metadata.CapitalsNames.ReadBesideDateline(block.Text.AsSpan(), document) is not null
                || (keptCount == 0 && Metadata.AuthorReader.NamesADesk(block.Text.AsSpan())));
    }

    // Kept as the article's text, never a heading: a transcript's line, a practical line between paragraphs.
    private void KeepAsText(TextBlock block)
    {
        NotHeadings.Add(block);
        _buffers.Kept.Add(block);
    }

    // Sets aside block `from` as `first`, and every block after it as the page's trailer.
    private void SetAsideFrom(List<TextBlock> blocks, int from, BoilerplateKind first)
    {
        for (var rest = from; rest < blocks.Count; rest++)
        {
            SetAside(blocks[rest], rest == from ? first : BoilerplateKind.Trailer);
        }
    }
}
