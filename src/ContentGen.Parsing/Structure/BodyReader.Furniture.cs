using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// What the body's reading asks of a block and its neighbours: whether it is a page's furniture
// (a credit, a footer's chrome, a writer's note, a teaser's tail) rather than the article's prose.
internal sealed partial class BodyReader
{
    private static bool IsProseBlock(TextBlock block) => block.Facts.IsGood || BlockQuality.IsProse(block.Facts);

    // Whether no prose follows from block `from` on but writers' notes, up to the page's end or an end signal.
    // "Jeanne Roux" over "Le 6 mars 2025 à 18h20", the two lines printed together under the article: a regional
    // page signs and dates the article at its end. Only where no long paragraph follows, nor three sentences in a row
    // that outweigh the prose read above (`above`, its words): a name over a date inside the article (a list of people
    // and days) is the article's, and so is a byline printed under a standfirst of three short paragraphs.
    private static bool SignsAndDates(IReadOnlyList<TextBlock> blocks, int index, int above)
    {
        var block = blocks[index];
        if (index + 1 >= blocks.Count || blocks[index + 1].LineCount != 1 || blocks[index + 1].Start.Line != block.Start.Line + 1
            || !blocks[index + 1].Facts.IsBylineOrDate || !PageLines.IsDateline(blocks[index + 1].Text)
            || Metadata.AuthorReader.ReadBareName(block.Text.AsSpan()) is null)
        {
            return false;
        }

        return NoArticleFrom(blocks, index + 2, longParagraph: true, above);
    }

    // Whether no article's text follows from block `from` on, before an end signal (readers' comments under "Comments" are
    // no article's): when `longParagraph` is asked, no long paragraph (a station's promo under a signature is one); and no
    // three sentences in a row whose prose outweighs the `above` words read over the signature (an article printed one
    // sentence a paragraph under its byline; a page's promo or blurbs under the article weigh less than it).
    private static bool NoArticleFrom(IReadOnlyList<TextBlock> blocks, int from, bool longParagraph, int above)
    {
        var run = 0;
        var longest = 0;
        var words = 0;
        for (var j = from; j < blocks.Count && !blocks[j].Facts.IsTerminator; j++)
        {
            var facts = blocks[j].Facts;
            if (longParagraph && facts.IsGood)
            {
                return false;
            }

            var prose = IsProseBlock(blocks[j]);
            run = facts.IsCaption ? run : prose ? run + 1 : 0;
            longest = Math.Max(longest, run);
            words += prose ? facts.Words : 0;
        }

        return longest < MinArticleBlocks || words <= above;
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

    private static bool IsFooterQuestion(TextBlock block)
        => block.LineCount == 1 && block.Facts.Words <= MaxFooterQuestionWords && block.Text.EndsWith("?", StringComparison.Ordinal);

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
            if (run == MinTeaserRun && !ArticleGoesOnUnder(kept, lastGood, i, end))
            {
                return i + 1 - run;
            }
        }

        return end;
    }

    // Whether the article goes on under a run of short lines with no stop: a paragraph of prose that ends on a sentence's
    // stop follows the run, and the prose under it shares two words with the article's above it (ProseRuns.SharesAWord).
    // A box of key figures, dates or questions under the first paragraph ("Key figures" / "6 extra hours a week" / …),
    // with the article's last paragraphs under it, is an insert; a footer's related headlines are followed by chrome or
    // by blurbs on other subjects. Read only when a run is found: a bounded scan of the kept blocks under it.
    private static bool ArticleGoesOnUnder(List<TextBlock> kept, int lastGood, int runEnd, int end)
    {
        for (var i = runEnd + 1; i < end; i++)
        {
            // Past lastGood no block is good: a paragraph of prose, which ends on a sentence's stop.
            if (BlockQuality.IsProse(kept[i].Facts))
            {
                return ProseRuns.SharesAWord(kept, 0, lastGood + 1, i, end - 1);
            }
        }

        return false;
    }

    private static bool StartsNumbered(string text)
    {
        var i = Digits.End(text, 0);

        return i > 0 && i < text.Length && text[i] is '.' or ')';
    }

    private static bool EndsWithFullStop(string text)
        => text.Length > 0 && text[text.Length - 1] is '.' or '…' or ';' or ',' or ':';

    private static bool EndsWithColon(string text) => text.Length > 0 && text[text.Length - 1] == ':';

    // `listItem`: a line of the article's own list (ArticleLists), kept wherever it stands between prose.
    private static BoilerplateKind? Furniture(TextBlock block, TextBlock? next, TextBlock? previous, bool beforeContent, bool inList, bool listItem, bool mayHead, bool tableBelow, bool listBelow = false)
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

        // A last paragraph an agency closes with its name in brackets ("… werden muss. (dpa)", AgencyClosings) is the
        // article's where no prose follows it; between two paragraphs, a long caption so credited stays a caption.
        if (facts.IsCaption && !facts.IsGood && !(AgencyClosings.ClosesParagraph(text) && (next is null || !IsProseBlock(next))))
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
            return BlockQuality.IsProse(facts) || (mayHead && Headings.IsHeading(block, next, previous, tableBelow: tableBelow, listBelow: listBelow)) ? null : BoilerplateKind.Navigation;
        }

        return BlockQuality.IsLinkLike(text) && !inList && !(mayHead && Headings.IsHeading(block, next, previous, tableBelow: tableBelow, listBelow: listBelow)) ? BoilerplateKind.Navigation : null;
    }
}
