using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Metadata;

internal static partial class PageMetadata
{
    // "Wiesental-Kurier · E-Paper · Ausgabe Nord": the line that names the edition is a masthead's, short and with no stop.
    private const int MaxEditionLineWords = 12;

    // "Quinta-feira, 12 de novembro de 2026": a weekday and a date, and nothing else.
    private const int MaxEditionDateWords = 7;

    /// <summary>
    /// The edition's date that an e-paper's or a print's text export prints right under its first line, when that line
    /// names the edition (<c>PrintEditionWords</c>: "Ausgabe", "édition", "edición", "editie", "issue") and the date
    /// stands alone on the line under it ("Donnerstag, 12. November 2026"); else <see langword="null"/>. Every story of
    /// the edition carries that date. A site's date of today under its name (<see cref="SiteDates"/>) names no edition.
    /// </summary>
    /// <remarks>Asked once, of a page with no other date: it reads the page's first two lines.</remarks>
    private static string? EditionDate(IReadOnlyList<SourceLine> lines, string document, int first, int titleIndex)
    {
        var under = first + 1;
        if (under >= titleIndex || !NamesEdition(Whitespace.Trim(lines[first].Span(document))))
        {
            return null;
        }

        var date = Whitespace.Trim(lines[under].Span(document));
        if (date.Length == 0 || Words.Count(date, MaxEditionDateWords) > MaxEditionDateWords || Punctuation.IsTerminal(date[date.Length - 1]))
        {
            return null;
        }

        return DateReader.Read(date);
    }

    private static bool NamesEdition(ReadOnlySpan<char> line)
    {
        if (line.Length == 0 || Punctuation.IsTerminal(line[line.Length - 1]) || Words.Count(line, MaxEditionLineWords) > MaxEditionLineWords)
        {
            return false;
        }

        return LexiconTables.PrintEditionWords.HoldsAnyWordOf(line);
    }
}
