using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Turns a group of consecutive non-blank lines into paragraph-sized blocks. Hard-wrapped
/// lines are joined; a file with one paragraph per line keeps each line apart.
/// </summary>
internal static class BlockSplitter
{
    // Lines longer than this were not wrapped by a fixed-width dump, so each is its own unit.
    internal const int MaxWrapWidth = 100;

    // Groups of lines shorter than this are lists or menus, not wrapped prose.
    internal const int MinWrapWidth = 40;

    // A credit line names a photographer or an agency, or calls the picture an illustration.
    private const int MaxCreditLineWords = 6;

    // How many lines, from the top, tell whether a page was wrapped.
    private const int MaxEvidenceLines = 400;

    // A headline over its standfirst stops mid-sentence on a long line too: two such lines at least tell a wrapped page.
    private const int MinMidSentenceBreaks = 2;

    // "… à 09h12", "…, 09:12 Uhr": what a dateline adds to its date.
    private const int MaxStampTailWords = 3;

    /// <summary>
    /// Splits one group of adjacent lines, the <paramref name="count"/> segments from
    /// <paramref name="first"/>, into blocks taken from <paramref name="pool"/>, added to <paramref name="blocks"/>.
    /// </summary>
    /// <remarks>A page has a group for every few lines: the reader fills one list, group after group, over one array of segments.</remarks>
    /// <remarks>
    /// A dump that prints each paragraph on one line has groups whose lines are all under a wrapping dump's width, and
    /// there the widest line only looked full: unless the page is <paramref name="wrappedPage"/> (<see cref="ShowsWrapping"/>),
    /// a whole sentence on its line is a block of its own.
    /// </remarks>
    /// <remarks><paramref name="following"/>: the first line of the group under this one, or empty (a standfirst's byline may open it: HeadlineDecks).</remarks>
    public static void Split(LineSegment[] segments, int first, int count, List<TextBlock> blocks, BlockPool pool, bool wrappedPage = true, ReadOnlySpan<char> following = default)
    {
        if (count == 0)
        {
            return;
        }

        var end = first + count;
        var width = 0;
        for (var i = first; i < end; i++)
        {
            width = System.Math.Max(width, segments[i].Length);
        }

        var wrapped = width >= MinWrapWidth && width <= MaxWrapWidth;

        // Two lines set apart, the second going on in lower case: a headline printed over two lines is one block, however short.
        if (count == 2 && HeadlineLines.GoesOn(segments[first].Span, segments[first + 1].Span))
        {
            blocks.Add(pool.Take(segments, first, count));
            return;
        }
        var start = first;
        for (var i = first + 1; i < end; i++)
        {
            if (width > MaxWrapWidth && HeadlineLines.BrokenInGroup(segments, start, i, end))
            {
                continue;
            }

            if (!wrapped || HeadlineDatelines.OpensBlock(segments, first, start, i) || HeadlineDecks.OpensBlock(segments, first, start, i, end, width, following) || EndsParagraph(i - start, segments[start].Span, segments[i - 1].Span, segments[i].Span, width, wrappedPage))
            {
                blocks.Add(pool.Take(segments, start, i - start));
                start = i;
            }
        }

        blocks.Add(pool.Take(segments, start, end - start));
    }

    /// <summary>
    /// Whether the page in <paramref name="groups"/> of <paramref name="segments"/> was wrapped by a dump at a fixed width.
    /// Surely when somewhere a long line stops mid-sentence and the line under it goes on in lower case or with a number, or
    /// the long line stops on a function word ("… on the evening of" / "March 4 2025, …"), and the line under it is no stamp
    /// alone on its line ("by Helen Marsh", "14 February 2025"): stops at the first such pair. Else by the long lines with a
    /// line under them in their group: a wrapped page breaks most of them mid-sentence, even where every break falls before
    /// a capitalised word (German nouns: "… den neuen" / "Fährplan beschlossen."), while a page printed a paragraph a line
    /// ends most of them on a sentence, a headline or two aside.
    /// </summary>
    public static bool ShowsWrapping(LineSegment[] segments, List<(int Start, int Count)> groups)
    {
        var midSentence = 0;
        var sentences = 0;
        var read = 0;
        foreach (var (first, count) in groups)
        {
            // A page's first few hundred lines tell how it was dumped: a fixed reach.
            if (read > MaxEvidenceLines)
            {
                break;
            }

            read += count;

            var width = 0;
            for (var i = first; i < first + count; i++)
            {
                width = System.Math.Max(width, segments[i].Length);
            }

            if (width < MinWrapWidth || width > MaxWrapWidth)
            {
                continue;
            }

            for (var i = first + 1; i < first + count; i++)
            {
                var line = segments[i - 1].Span;
                var next = segments[i].Span;
                var full = line.Length * 4 >= width * 3;
                if ((RunsOn(line, line, next, width) || (full && RunningLines.GoesOn(line, next))) && !IsStampAlone(next, width))
                {
                    return true;
                }

                if (full && Punctuation.EndsSentence(line))
                {
                    sentences++;
                }
                else if (full && (char.IsLetterOrDigit(line[line.Length - 1]) || line[line.Length - 1] == ','))
                {
                    midSentence++;
                }
            }
        }

        return midSentence >= MinMidSentenceBreaks && midSentence > sentences;
    }

    // "by Helen Marsh", "di Marco Rinaldi", "14.02.2025, 09:12 Uhr": a byline or a dateline alone on its line, whatever its
    // first letter, goes on from no line above it. A wrapped line short of the width is its paragraph's last, which ends a
    // sentence ("… was built" / "by Tom Reed and his crew.").
    private static bool IsStampAlone(ReadOnlySpan<char> next, int width)
        => next.Length > 0 && next.Length * 4 < width * 3 && !Punctuation.EndsSentence(next)
            && (PageLines.IsAuthorLine(next) || (char.IsDigit(next[0]) && IsDateAlone(next)));

    /// <summary>
    /// Whether <paramref name="line"/> is a date and its time at most: "14 février 2025 à 09h12", "14.02.2025, 09:12 Uhr";
    /// "12 May 2026 is the new date, the chair said:" goes on with a clause.
    /// </summary>
    internal static bool IsDateAlone(ReadOnlySpan<char> line)
        => Metadata.DateReader.OpeningDateEnd(line) is var end and > 0 && !Words.MoreThan(line.Slice(end), MaxStampTailWords);

    // A wrapping dump breaks a line only when the next word would not fit; a line that left
    // room for the next word ended its paragraph. A bullet always starts a new one.
    // `lines` and `first`: how many lines the block has so far, and its first.
    private static bool EndsParagraph(int lines, ReadOnlySpan<char> first, ReadOnlySpan<char> line, ReadOnlySpan<char> next, int width, bool wrappedPage)
    {
        // A browser's title wrapped at its separator goes on with the site's name, whatever room the line left (WrappedBrowserTitles).
        if (lines == 1 && WrappedBrowserTitles.EndsTitleLine(line, next))
        {
            return false;
        }

        // An agency's credit under a one-line sentence ("Un hidroavión descarga agua sobre la sierra." /
        // "Jorge Zapata / EFE") credits that caption, as a credit mark would.
        if (StartsWithBullet(next) || (StartsByline(next) && !(lines == 1 && Punctuation.EndsSentence(line) && Metadata.AuthorReader.IsCredit(next))))
        {
            return true;
        }

        // A browser's title, glued over the standfirst, ends on the site's name: no paragraph goes on from it (BrowserTitleLines).
        if (lines == 1 && BrowserTitleLines.EndsOnSiteName(line))
        {
            return true;
        }

        // The same stamps in lower case or opening on the date's day, under a sentence (a standfirst): "par Luc Martin",
        // "14 février 2025 à 09h12". Under a line that stops mid-sentence, "by Helen Marsh" may go on with it, and under a
        // byline a dateline glued to it is the same stamp.
        if (Punctuation.EndsSentence(line) && !char.IsUpper(next.Length > 0 ? next[0] : ' ') && IsStampAlone(next, width))
        {
            return true;
        }

        // "By Jane Roe, Transport Editor, and Tom Poe, Data Reporter" over "Tuesday February 4 2025, 6.00am": a byline
        // longer than its dateline, which opens with a date and no stamp's word.
        // The date, read from a few opening words, is asked before the names, which read the whole line above.
        if (next.Length > 0 && char.IsLetterOrDigit(next[0]) && Digits.Any(next) && Metadata.DateReader.OpensWithDate(next)
            && PageLines.IsAuthorLine(line))
        {
            return true;
        }

        // A credit glued under a wrapped paragraph ("Image d'illustration.", "Foto: Jonas Weber") is
        // a caption of its own, and so is one glued above the paragraph it credits. Under a single
        // line it is that caption's credit ("Le pont en travaux. [Jane Roe / AFP]"): they stay together.
        if ((lines > 1 && Punctuation.EndsSentence(line) && IsCreditLine(next)) || IsCreditLine(line))
        {
            return true;
        }

        // A page printed a paragraph a line: a whole sentence on its line is a paragraph of its own under a sentence, or
        // capitalised under a line alone (a headline). A line that goes on mid-sentence into it ("… on the evening of" /
        // "March 4 2025, when …"), a short line under a sentence (a button's "Jetzt testen"), a caption's credit and stamps
        // stacked under a byline are left to the rules below.
        if (!wrappedPage && Punctuation.EndsSentence(next) && (Punctuation.EndsSentence(line) || (lines == 1 && Punctuation.OpensLikeSentence(next)))
            && !RunningLines.GoesOn(line, next) && !Metadata.AuthorReader.IsCredit(next))
        {
            return true;
        }

        // An end signal's label under a sentence ("Tags: harbour, ferries", "Comments") closes the article, on any page: it
        // goes on from no paragraph, however full the paragraph's last line. A sentence that opens with its words ("Comments
        // were mixed.") may be a wrapped paragraph's last line.
        if (Punctuation.EndsSentence(line) && next.Length * 4 < width * 3 && !Punctuation.EndsSentence(next) && Terminators.IsTerminator(next))
        {
            return true;
        }

        // A table's rows of figures are printed one a line, padded to their columns: no line of one wraps into the next.
        if (FigureTables.IsRowLine(next) || FigureTables.IsRowLine(line))
        {
            return true;
        }

        if (RunsOn(first, line, next, width))
        {
            return false;
        }

        return line.Length + 1 + BoundQuoteMarks.FirstUnitLength(next) <= width;
    }

    // A dump never breaks where the page bound two words ("27 décembre", "12. März" with a
    // non-breaking space), so a line may end early with room for the next word. A long line that
    // stops mid-sentence (on a word or a comma) over a line going on in lower case or with a number
    // is the same paragraph, whatever room it left; but in a numbered list ("1. …" over "2. …") the
    // next number starts the next item ("27. Dezember" in running text is no item).
    private static bool RunsOn(ReadOnlySpan<char> first, ReadOnlySpan<char> line, ReadOnlySpan<char> next, int width)
    {
        if (line.Length * 4 < width * 3 || next.Length == 0 || !(char.IsLower(next[0]) || char.IsDigit(next[0]))
            || (StartsNumbered(first) && StartsNumbered(next)))
        {
            return false;
        }

        var last = line[line.Length - 1];
        return char.IsLetterOrDigit(last) || last == ',';
    }

    // A short line with a credit mark: "Photo : AFP", "Beeld: Sanne de Vries".
    private static bool IsCreditLine(ReadOnlySpan<char> line)
        => !Words.MoreThan(line, MaxCreditLineWords) && Lexicons.LexiconTables.CreditMarks.FoundIn(line);

    // "2. Les titres de séjour", "3) Tarifs": the next item of a numbered list.
    private static bool StartsNumbered(ReadOnlySpan<char> line)
    {
        var i = Digits.End(line, 0);

        return i > 0 && i + 1 < line.Length && line[i] is '.' or ')' && line[i + 1] == ' ';
    }

    // "By Helen Marsh", "Published 14 March 2023" under a headline: the headline is the group's
    // longest line, so the width rule alone would glue them to it. Wrapped prose never starts a
    // line with a capitalised byline or dateline, nor is a wrapped line a link to a writer's page
    // alone ("Follow Jane", "Voir ses articles").
    private static bool StartsByline(ReadOnlySpan<char> next)
        => next.Length > 0 && char.IsUpper(next[0]) && (PageLines.IsAuthorLine(next) || PageLines.IsPublicationStamp(next) || AuthorBoxes.IsLinkLine(next));

    /// <summary>Whether <paramref name="line"/> is a list item: "- ", "• ", "* ".</summary>
    public static bool StartsWithBullet(ReadOnlySpan<char> line)
        => line.Length > 1 && line[0] is '-' or '•' or '*' or '–' or '—' or '·' && line[1] == ' ';

    /// <summary>The item's text after its bullet and the space after it ("• Headline" gives "Headline"), or the whole line.</summary>
    public static ReadOnlySpan<char> AfterBullet(ReadOnlySpan<char> line)
        => StartsWithBullet(line) ? line.Slice(2).TrimStart() : line;
}
