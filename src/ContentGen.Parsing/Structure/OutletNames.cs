using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Reads the outlet's name where the page prints it apart from the headline, when no copy of the headline carries it
/// ("Headline | Site", read by <see cref="TitleSplitter"/>). An editor reads these places, in this order:
/// <list type="number">
/// <item>a source's credit right under the headline ("Fonte: L'Eco delle Valli" over the byline): an aggregator's copy
/// names the daily it copies there, and the original is the source, not the aggregator whose masthead tops the page; or
/// glued right over it, as a forum's post quotes an article (<c>OutletNames.QuotedCredits.cs</c>); or an aggregator's
/// provider line in the header over the headline ("Provided by …", <c>OutletNames.ProviderLines.cs</c>);</item>
/// <item>the outlet named first on the byline's line under the headline ("Kreisbote Wendelsheim · 14.05.2025 · von …"), as a
/// feed reader's or a read-later copy prints it (<c>OutletNames.BylineLine.cs</c>), or on a feed reader's item header glued
/// over the headline (<c>OutletNames.ItemHeaders.cs</c>);</item>
/// <item>a print view's header line: the browser's date, the headline and the site ("14/03/2024, 21:07  Headline | Site");</item>
/// <item>a running header at the top of a page exported from print, repeated on the next page ("Mitteilungsblatt der
/// Gemeinde X      Nr. 11 · Freitag, 15. März 2024"): its first column is the publication; or the page's first line's name
/// before a dot or a bar, which comes back down the page with the issue or the page's number (a running line);</item>
/// <item>the masthead at the page's top, when no line ties another name to the article (<c>OutletNames.Mastheads.cs</c>):
/// the outlet that publishes the page is its source, as Labels/README.md has it since session 57; the page's foot names it
/// again in a rights notice or in its imprint's line, or, with no masthead, in a paper's rights notice alone
/// (<c>OutletNames.Foot.cs</c>).</item>
/// </list>
/// Every name must read as a publication's (<see cref="TitleSplitter.ReadsAsPublication(string)"/>). Each rule reads a few lines
/// at the page's top, under the headline or at its end, and makes one string only for the name it returns.
/// </summary>
internal static partial class OutletNames
{
    // A page's header: the masthead, the menu and a print view's header stand within this many lines of the top.
    private const int HeaderLines = 40;

    /// <summary>The outlet's name the page prints apart from its headline, or <see langword="null"/>.</summary>
    /// <param name="lines">The document's lines.</param>
    /// <param name="document">The document.</param>
    /// <param name="title">The headline as read, without a site's name.</param>
    /// <param name="titleBlock">The headline's block.</param>
    /// <param name="body">The body's blocks.</param>
    public static string? Read(IReadOnlyList<SourceLine> lines, string document, string title, TextBlock titleBlock, IReadOnlyList<TextBlock> body)
    {
        var titleIndex = SourceLine.IndexAt(lines, titleBlock.Start.Offset);
        if (titleIndex < 0)
        {
            return null;
        }

        return CreditUnderHeadline(lines, document, titleIndex + titleBlock.LineCount, body)
            ?? CreditOverHeadline(lines, document, titleIndex)
            ?? ProviderLine(lines, document, titleIndex)
            ?? FirstPublishedIn(lines, document)
            ?? OutletOnBylineLine(lines, document, titleIndex + titleBlock.LineCount, body)
            ?? OutletOnItemHeader(lines, document, titleIndex)
            ?? PrintViewHeader(lines, document, title, titleIndex)
            ?? RunningHeader(lines, document, titleIndex)
            ?? Masthead(lines, document, title, titleIndex, body);
    }

    // "Fonte: L'Eco delle Valli" between the headline and the article's first paragraph, its date after a comma left off
    // ("Fonte: L'Eco delle Valli, 4 marzo 2025"); an agency credited so ("Fonte: ANSA, 4 marzo 2025") is no outlet. Lower down, a credit names where
    // a figure or a box came from ("Quelle: Statistisches Landesamt"), not the outlet.
    private static string? CreditUnderHeadline(IReadOnlyList<SourceLine> lines, string document, int from, IReadOnlyList<TextBlock> body)
    {
        var end = body.Count > 0 ? body[0].Start.Offset : document.Length;
        for (var i = from; i < lines.Count && lines[i].Offset < end; i++)
        {
            var text = Whitespace.Trim(lines[i].Span(document));
            var label = LexiconTables.SourceLabels.LongestStart(text);
            if (label > 0 && CreditedOutlet(Whitespace.Trim(text.Slice(label))) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    // "14/03/2024, 21:07      Headline | Site": a line above the headline that prints it after the browser's stamp (no
    // letters) and before the site's name.
    private static string? PrintViewHeader(IReadOnlyList<SourceLine> lines, string document, string title, int titleIndex)
    {
        for (var i = 0; i < titleIndex && i < HeaderLines; i++)
        {
            var text = Whitespace.Trim(lines[i].Span(document));
            var at = text.IndexOf(title.AsSpan(), StringComparison.Ordinal);
            if (at <= 0 || LetterCase.AnyLetter(text.Slice(0, at)) || !Whitespace.IsSpace(text[at - 1]))
            {
                continue;
            }

            var copy = text.Slice(at).ToString();
            if (TitleSplitter.Split(copy) is (var head, { } site) && string.Equals(head, title, StringComparison.Ordinal) && TitleSplitter.ReadsAsPublication(site))
            {
                return site;
            }
        }

        return null;
    }

    // "Mitteilungsblatt der Gemeinde Oberweilach      Nr. 11 · Freitag, 15. März 2024" on the page's first line and again
    // further down: a print's running header, whose first column names the publication.
    private static string? RunningHeader(IReadOnlyList<SourceLine> lines, string document, int titleIndex)
    {
        var first = 0;
        while (first < titleIndex && lines[first].IsBlank(document))
        {
            first++;
        }

        if (first >= titleIndex)
        {
            return null;
        }

        var text = Whitespace.Trim(lines[first].Span(document));
        var gap = Metadata.RunningHeaders.ColumnGapAt(text);
        if (gap > 0 && !Digits.Any(text.Slice(0, gap)) && Metadata.RunningHeaders.RepeatedBelow(text, lines, document, first))
        {
            return Publication(text.Slice(0, gap));
        }

        // "104  Lekdal Teletekst   ma 07 dec 14:32:08" over "105  Lekdal Teletekst   ma 07 dec 14:32:09": a teletext page's
        // number, then the service's name in the header's first column, the header repeated with other figures below.
        if (gap > 0 && AfterPageNumber(text.Slice(0, gap)) is var service && service.Length > 0 && !Digits.Any(service)
            && HeaderRepeatedBelow(lines, document, first, text))
        {
            return Publication(service);
        }

        var nameEnd = Metadata.RunningHeaders.NameEnd(text);
        return nameEnd >= 0 && RunningLineBelow(lines, document, first, text, nameEnd) ? Publication(text.Slice(0, nameEnd)) : null;
    }

    // "104  Lekdal Teletekst": what follows the page's number and its space; empty when the column opens on no number.
    private static ReadOnlySpan<char> AfterPageNumber(ReadOnlySpan<char> column)
    {
        var end = Digits.End(column, 0);
        return end > 0 && end < column.Length && Whitespace.IsSpace(column[end]) ? Whitespace.Trim(column.Slice(end)) : default;
    }

    // Whether a line under the first prints it again but for its figures (RunningHeaders.RepeatsButForFigures): each line
    // is compared with the first alone, once.
    private static bool HeaderRepeatedBelow(IReadOnlyList<SourceLine> lines, string document, int first, ReadOnlySpan<char> text)
    {
        for (var i = first + 1; i < lines.Count; i++)
        {
            if (Metadata.RunningHeaders.RepeatsButForFigures(text, lines[i].Span(document)))
            {
                return true;
            }
        }

        return false;
    }

    // "Steinbachtaler Rundschau · Amtliches Mitteilungsblatt …" on the first line, "Steinbachtaler Rundschau · Ausgabe
    // 48/2026" where the next printed page begins: the name the running line repeats with its issue or page is the
    // publication's, though the headline's page names it nowhere else.
    private static bool RunningLineBelow(IReadOnlyList<SourceLine> lines, string document, int first, ReadOnlySpan<char> text, int nameEnd)
    {
        for (var i = first + 1; i < lines.Count; i++)
        {
            if (Metadata.RunningHeaders.IsRunningLine(text, nameEnd, lines[i].Span(document)))
            {
                return true;
            }
        }

        return false;
    }

    // The name, when it reads as a publication's: no link, no sentence.
    private static string? Publication(ReadOnlySpan<char> text)
    {
        var name = Whitespace.Trim(text);
        if (name.Length == 0 || !char.IsLetter(name[0]) || name.IndexOf("://".AsSpan(), StringComparison.Ordinal) >= 0 || Punctuation.EndsSentence(name))
        {
            return null;
        }

        var value = name.ToString();
        return TitleSplitter.ReadsAsPublication(value) ? value : null;
    }
}
