using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Metadata;

/// <summary>
/// A page exported from print repeats its running header atop each printed page: the publication's name, a wide gap, the
/// issue and its date ("Mitteilungsblatt der Gemeinde X      Nr. 11 · Freitag, 15. März 2024"). The header names the
/// publication, not a writer, though its first words read like a name before a date.
/// </summary>
internal static class RunningHeaders
{
    // A print's running header splits its columns with three spaces or more; a typed line has one between its words.
    private const int MinColumnGap = 3;

    /// <summary>
    /// Whether line <paramref name="index"/> prints, past a column gap, the same text as the page's first line above it:
    /// a running header. Only a line with such a gap is compared, so a headline printed twice is none.
    /// </summary>
    /// <param name="lines">The document's lines.</param>
    /// <param name="document">The document.</param>
    /// <param name="index">The line to read.</param>
    public static bool Repeats(IReadOnlyList<SourceLine> lines, string document, int index)
    {
        var text = Whitespace.Trim(lines[index].Span(document));
        if (ColumnGapAt(text) <= 0)
        {
            return false;
        }

        for (var i = 0; i < index; i++)
        {
            var first = Whitespace.Trim(lines[i].Span(document));
            if (first.Length > 0)
            {
                return first.Equals(text, StringComparison.Ordinal);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a line under line <paramref name="index"/> prints <paramref name="text"/> again, trimmed: the running
    /// header seen from its first printing.
    /// </summary>
    public static bool RepeatedBelow(ReadOnlySpan<char> text, IReadOnlyList<SourceLine> lines, string document, int index)
    {
        for (var i = index + 1; i < lines.Count; i++)
        {
            if (Whitespace.Trim(lines[i].Span(document)).Equals(text, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the first run of three spaces or more in <paramref name="text"/> starts (a print's column gap), or -1.</summary>
    public static int ColumnGapAt(ReadOnlySpan<char> text)
    {
        var run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            run = text[i] == ' ' ? run + 1 : 0;
            if (run == MinColumnGap)
            {
                return i - MinColumnGap + 1;
            }
        }

        return -1;
    }
}
