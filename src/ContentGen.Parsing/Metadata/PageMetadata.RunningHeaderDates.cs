using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Metadata;

internal static partial class PageMetadata
{
    /// <summary>
    /// The issue's date that a print's running header gives ("Mitteilungsblatt der Gemeinde X      Nr. 11 · Freitag, 15.
    /// März 2024"), when the page's first line is one (<see cref="RunningHeaders"/>) and stands over the headline; else
    /// <see langword="null"/>. A bulletin's page may open on the tail of the previous page's notice, which pushes the
    /// headline further under the header than the reach of the dates read above it.
    /// </summary>
    /// <remarks>Asked once, of a page with no other date: one pass over the page's lines. A page whose first line is no
    /// running header may name its edition there, with the edition's date under it (<see cref="EditionDate"/>).</remarks>
    private static string? RunningHeaderDate(IReadOnlyList<SourceLine> lines, string document, int titleIndex)
    {
        var first = 0;
        while (first < lines.Count && Whitespace.Trim(lines[first].Span(document)).Length == 0)
        {
            first++;
        }

        if (first >= titleIndex)
        {
            return null;
        }

        var header = Whitespace.Trim(lines[first].Span(document));
        if (!IsDatelineShaped(header) || RunningHeaders.ColumnGapAt(header) <= 0 || !RunningHeaders.RepeatedBelow(header, lines, document, first))
        {
            // An e-paper's first line names its edition, and the edition's date stands under it (EditionDates).
            return EditionDate(lines, document, first, titleIndex);
        }

        return DateReader.Read(header);
    }
}
