using System;
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

    // Under its own subheading, the article's closing section may be one short paragraph ("Orari e biglietti"
    // over two sentences of opening hours): a heading parts the article's paragraphs, never a footer's.
    private const int MinHeadedGoOnWords = 20;
    private const int MinHeadedGoOnSentences = 2;

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
    /// <param name="carried">
    /// Blocks that carry a run on as a list's items do: the labels and items of the article's labelled lists ("Ingredients"
    /// / its items / "Method": <see cref="ArticleLists"/>).
    /// </param>
    public static (int Start, int End, int Words) Heaviest(IReadOnlyList<TextBlock> blocks, int from, IReadOnlyList<int>? chromeBefore = null, ISet<TextBlock>? carried = null)
    {
        var best = (Start: from, End: from, Words: 0);
        var runStart = -1;
        var runWords = 0;
        var gap = 0;
        var tableEnd = from;
        var tableOwn = false;
        for (var i = from; i < blocks.Count; i++)
        {
            var facts = blocks[i].Facts;
            var prose = IsProse(facts) && !facts.IsTerminator;

            // A list's items ("- des arrêts éclairés.") belong to the prose that opened the list, and so do a
            // table's rows of figures with their column names (FigureTables).
            // Only a table that names its columns, or that a lead ending on a colon opens, is surely the article's: a
            // sidebar's unnamed columns ("DAX      18.342") part the article from the footer's prose under them.
            if (!prose && i >= tableEnd)
            {
                tableEnd = FigureTables.End(blocks, i);
                tableOwn = tableEnd > i && (FigureTables.HasColumnNames(blocks, i) || (i > 0 && EndsWithColon(blocks[i - 1].Text)));
            }

            // A short lead whose sentence goes on into its items ("In due anni i volontari hanno:") carries the run on as they do.
            var item = BlockSplitter.StartsWithBullet(facts.Text) || (i < tableEnd && tableOwn) || carried?.Contains(blocks[i]) == true
                || (!prose && ListLeads.OpensList(blocks, i));

            // A quotation of a few words («Aquí no hay autobús.») is the article's short paragraph: too light to weigh as
            // prose, it parts no run either, so a subheading after it still heads the article's next section.
            gap += (chromeBefore?[i] ?? 0) + (prose || item || IsShortSentence(facts) ? 0 : 1);
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
        // A live report stamps its entries with the time they were posted.
        var live = false;
        for (var k = run.Start; k < run.End && !live; k++)
        {
            live = IsEntryTime(blocks[k]);
        }

        while (i < blocks.Count)
        {
            // The insert: at most a few blocks that are not prose. A video introduced inside the article
            // ("Le reportage de Radio Vallée :") is the article's insert: any prose after it goes on with it.
            var gap = 0;
            var report = false;
            var captions = 0;
            var credits = 0;
            var times = 0;
            var boxed = false;
            var signUp = false;
            while (i < blocks.Count && !IsProse(blocks[i].Facts) && gap <= MaxInsertBlocks)
            {
                // A box of other stories' headlines under its label ("NOTICIAS RELACIONADAS", "KORT NIEUWS") is an insert,
                // even under a label that would end the article: the prose under it goes on with the article when it
                // goes on with its subject, as a section under a subheading does (TeaserRuns).
                if (TeaserRuns.LabelledBoxAt(blocks, i) is var box and > 0)
                {
                    boxed = true;
                    i += box;
                    gap += box;
                    continue;
                }

                if (blocks[i].Facts.IsTerminator)
                {
                    // A sign-up box's label between two sections is the box's, not the article's end (SignUpBoxLabels).
                    if (!SignUpBoxLabels.IsLabel(blocks[i]))
                    {
                        break;
                    }

                    signUp = true;
                    i++;
                    gap++;
                    continue;
                }

                report |= ReportIntros.IsIntro(blocks[i]);
                captions += blocks[i].Facts.IsCaption ? 1 : 0;
                credits += !blocks[i].Facts.IsCaption && blocks[i].Facts.IsAuthorLine ? 1 : 0;
                times += IsEntryTime(blocks[i]) ? 1 : 0;
                i++;
                gap++;
            }

            if (i >= blocks.Count || gap > MaxInsertBlocks || blocks[i].Facts.IsTerminator)
            {
                return end;
            }

            // The insert's last block heads the prose under it, set apart by a blank line as a dump sets a subheading
            // apart, with nothing but a photo's caption before it: the article's next section. A teaser's headline is
            // glued to its blurb, or stands under other links (a tag list, "previous article" and its headline).
            // An agency's source line over the subheading ("Fonte: ANSA / Adnkronos") is the article's too, but proves less than a
            // photo's caption: the section must go on with the article's subject.
            // A live report's entry under the time it was posted and its title ("06:30 Uhr" / "Brücke bleibt bis Ende Oktober
            // zu") goes on with the report as a section under its subheading does, and on a live report it needs none of the
            // report's words (a footer's teaser glues its headline to its blurb, and is no subheading).
            var headed = gap > 0 && captions + credits + times == gap - 1 && IsSubheading(i - gap - 1 >= 0 ? blocks[i - gap - 1] : null, blocks[i - 1], blocks[i]);
            var entry = live && times > 0 && headed;

            // A photo's credit over the subheading is the article's own insert, never a footer's: the section needs no
            // word of the article's to go on with it.
            var captioned = headed && captions > 0 && credits == 0;

            // The run after it, across single blocks that are not prose, as a run goes on.
            var words = 0;
            var proseBlocks = 0;
            var last = i;
            var inner = 0;
            var runStart = i;
            for (; i < blocks.Count && !blocks[i].Facts.IsTerminator; i++)
            {
                if (IsProse(blocks[i].Facts))
                {
                    words += blocks[i].Facts.Words;
                    proseBlocks++;
                    last = i;
                    inner = 0;
                }
                else if (IsEntryTime(blocks[i]) && inner == 0)
                {
                    // The next entry's time over its title parts no run: the title is the one block between.
                    continue;
                }
                else if (++inner > MaxGap)
                {
                    break;
                }
                else if (i > runStart && i + 1 < blocks.Count && IsProse(blocks[i + 1].Facts) && Sentences(blocks, i - 1, i - 1) >= MinHeadedGoOnSentences
                    && IsSubheading(blocks[i - 1], blocks[i], blocks[i + 1]))
                {
                    // A subheading between two paragraphs (a teaser's question or one-sentence blurb above it is none):
                    // what goes on after the insert is an article's.
                    headed = true;
                }
            }

            if ((proseBlocks < MinGoOnBlocks || words < MinGoOnWords) && !(report && proseBlocks > 0)
                && !((headed || boxed) && words >= MinHeadedGoOnWords && Sentences(blocks, runStart, last) >= MinHeadedGoOnSentences
                    && (captioned || entry || SharesAWord(blocks, run.Start, end, runStart, last))))
            {
                return end;
            }

            // Under a sign-up box's label, the article goes on only as a section of its own: two paragraphs in a row (a
            // footer's teasers part their blurbs with headlines), on the article's subject.
            if (signUp && !(runStart + 1 < blocks.Count && IsProse(blocks[runStart + 1].Facts) && SharesAWord(blocks, run.Start, end, runStart, last)))
            {
                return end;
            }

            end = last + 1;
            i = last + 1;
        }

        return end;
    }

    // A subheading, set apart from the paragraph under it by a blank line.
    // Another story's headline in a place's name and a colon ("Port-Lavoie : la digue sera rehaussée") heads nothing,
    // nor does a date or a byline (the other story's, over its teaser).
    private static bool IsSubheading(TextBlock? previous, TextBlock block, TextBlock next)
        => !Headings.IsGluedAbove(block, next) && !block.Facts.IsBylineOrDate && !block.Facts.IsCaption
        && Headings.IsHeading(block, next, previous) && !TeaserHeadlines.IsOtherStorysHeadline(block);

    // Whether the prose blocks from `first` through `last` go on with the article's subject: two of their first words in
    // lower case of MinSharedWordLetters letters or more (no function word, no number) come back in the article's prose
    // from `articleStart` to `articleEnd` ("La mostra resta aperta …" under an article on the show; "stort" in
    // "vuilstort"). A teaser's blurb or a site's "about us" under a footer speaks of something else; a capitalised word
    // proves nothing, since every local teaser names the town. At most MaxSharedWordsRead words are looked for, each in
    // the article's text once: a bounded scan, on the rare insert that a subheading follows.
    private const int MinSharedWordLetters = 5;
    private const int MinSharedWords = 2;
    private const int MaxSharedWordsRead = 30;

    internal static bool SharesAWord(IReadOnlyList<TextBlock> blocks, int articleStart, int articleEnd, int first, int last)
    {
        var read = 0;
        var shared = 0;
        for (var b = first; b <= last && read < MaxSharedWordsRead; b++)
        {
            if (!IsProse(blocks[b].Facts))
            {
                continue;
            }

            var reader = new WordReader(blocks[b].Text.AsSpan());
            while (reader.Read() && read < MaxSharedWordsRead)
            {
                var word = reader.Word;
                if (word.Length < MinSharedWordLetters || !char.IsLower(word[0]) || Stopwords.IsStopword(word))
                {
                    continue;
                }

                // A word said twice in the section is one word of the article's.
                if (blocks[b].Text.AsSpan(0, reader.Start).IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    continue;
                }

                read++;
                for (var a = articleStart; a < articleEnd; a++)
                {
                    if (IsProse(blocks[a].Facts) && blocks[a].Text.AsSpan().IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
                    {
                        if (++shared == MinSharedWords)
                        {
                            return true;
                        }

                        break;
                    }
                }
            }
        }

        return false;
    }

    // The sentences the prose blocks from `first` through `last` end: a full stop, a question or an
    // exclamation mark at a block's end or before a space. Once over each block.
    private static int Sentences(IReadOnlyList<TextBlock> blocks, int first, int last)
    {
        var count = 0;
        for (var b = first; b <= last; b++)
        {
            if (!IsProse(blocks[b].Facts))
            {
                continue;
            }

            var text = blocks[b].Text;
            for (var c = 0; c < text.Length; c++)
            {
                if (text[c] is '.' or '!' or '?' && (c + 1 == text.Length || text[c + 1] == ' '))
                {
                    count++;
                }
            }
        }

        return count;
    }

    private static bool EndsWithColon(string text) => text.Length > 0 && text[text.Length - 1] == ':';

    // "09:50 Uhr", "14h35" alone on its line: the time a live report's entry was posted.
    private static bool IsEntryTime(TextBlock block) => LiveEntries.IsTime(block);

    // A quoted statement too short for prose: two to eight words, a quotation mark first, a full stop or an exclamation
    // mark last, inside its closing quote (any double mark: German closes with “). A page's footer quotes nobody: a short statement of its own
    // ("Thanks for reading.") may close the article, and a short question ("Qui sommes-nous ?") heads a footer's box.
    private const int MinShortSentenceWords = 2;
    private const int MaxShortSentenceWords = 8;

    private static bool IsShortSentence(BlockFacts facts)
    {
        var text = facts.Text;
        if (facts.Words is < MinShortSentenceWords or > MaxShortSentenceWords || text.Length == 0 || !Quotes.QuoteMarks.OpensQuotation(text[0]))
        {
            return false;
        }

        var last = text.Length - 1;
        while (last > 0 && (text[last] == ' ' || Quotes.QuoteMarks.IsDouble(text[last])))
        {
            last--;
        }

        return last > 0 && last < text.Length - 1 && text[last] is '.' or '!' or '…' && !facts.IsTerminator && !facts.IsBylineOrDate && !facts.IsCaption;
    }

    // Prose, or prose that opens a list: "Le conseil mettra en œuvre plusieurs mesures :".
    private static bool IsProse(BlockFacts facts)
        => facts.IsGood || BlockQuality.IsProse(facts)
        || (facts.Text.Length > 0 && facts.Text[facts.Text.Length - 1] == ':' && facts.Words >= MinListLeadWords);
}
