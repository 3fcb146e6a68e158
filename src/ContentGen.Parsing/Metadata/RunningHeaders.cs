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
    /// Whether line <paramref name="index"/> prints, past a column gap, the same text as the page's first line above it,
    /// or the same but for its figures (<see cref="RepeatsButForFigures"/>): a running header. Only a line with such a gap
    /// is compared, so a headline printed twice is none.
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
                return first.Equals(text, StringComparison.Ordinal) || RepeatsButForFigures(first, text);
            }
        }

        return false;
    }

    // A header's words besides its figures: a service's or a publication's name of two words at least, so that a row of
    // figures ("12   14   9") is no header.
    private const int MinHeaderLetterWords = 2;

    /// <summary>
    /// Whether <paramref name="line"/> prints the page's first line <paramref name="first"/> again but for its figures: the
    /// running header of a print whose page number, date or clock moves from one printed page to the next (a teletext
    /// page's "104  Lekdal Teletekst   ma 07 dec 14:32:08" over "105  Lekdal Teletekst   ma 07 dec 14:32:09", a PDF's
    /// "Gemeindeblatt Hochwald      Seite 2" over "… Seite 3", a fax's header). Both lines keep a print's column gap and
    /// the same words, character for character; only runs of digits differ, one at least (an exact copy is the first line
    /// itself, or a copy <see cref="Repeats"/> reads). A sentence that repeats with another year
    /// ("In 2023 …", "In 2024 …") keeps no column gap; the caller asks it of the page's first line only, so the test is
    /// one comparison a line, never one line against the others.
    /// </summary>
    /// <remarks>Reads the two trimmed lines once, side by side; no copy.</remarks>
    public static bool RepeatsButForFigures(ReadOnlySpan<char> first, ReadOnlySpan<char> line)
    {
        first = Whitespace.Trim(first);
        line = Whitespace.Trim(line);
        if (ColumnGapAt(line) <= 0 || !Digits.Any(line) || ColumnGapAt(first) <= 0 || line.Equals(first, StringComparison.Ordinal))
        {
            return false;
        }

        int i = 0, j = 0, letterWords = 0;
        var inWord = false;
        while (i < first.Length && j < line.Length)
        {
            if (char.IsDigit(first[i]) && char.IsDigit(line[j]))
            {
                i = Digits.End(first, i);
                j = Digits.End(line, j);
                inWord = false;
                continue;
            }

            var c = line[j];
            if (first[i] != c)
            {
                return false;
            }

            letterWords += char.IsLetter(c) && !inWord ? 1 : 0;
            inWord = char.IsLetter(c);
            i++;
            j++;
        }

        return i == first.Length && j == line.Length && letterWords >= MinHeaderLetterWords;
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

    // A running header parts the publication's name from the issue or the page with a dot or a bar when no gap is kept
    // ("Steinbachtaler Rundschau · Ausgabe 48/2026").
    private static readonly string[] s_partSeparators = { " · ", " | " };

    // The name is a publication's of two words at least; one word alone may be a section's label or a menu's item.
    private const int MinNameWords = 2;

    // The part after the name is an issue, a date or a page's number: a few words.
    private const int MaxRestWords = 8;

    /// <summary>
    /// Where the publication's name ends on the page's first line <paramref name="first"/>: before its column gap or its first
    /// dot or bar, when what stands before holds two words or more and no figure; else -1.
    /// </summary>
    public static int NameEnd(ReadOnlySpan<char> first)
    {
        var end = ColumnGapAt(first);
        foreach (var separator in s_partSeparators)
        {
            var at = first.IndexOf(separator.AsSpan(), StringComparison.Ordinal);
            end = at > 0 && (end < 0 || at < end) ? at : end;
        }

        return end > 0 && !Digits.Any(first.Slice(0, end)) && Words.Count(first.Slice(0, end), MinNameWords) >= MinNameWords ? end : -1;
    }

    /// <summary>
    /// Whether <paramref name="line"/>, further down, is a running line of the page whose first line is <paramref name="first"/>:
    /// it opens on the first line's publication's name (<see cref="NameEnd"/>), then a gap, a dot or a bar, and a few words
    /// holding a figure (the issue, the date, the page: "Steinbachtaler Rundschau · Ausgabe 48/2026", "… · Seite 4"). A
    /// sentence that opens on the name goes on in words, and a line with no figure may be the masthead's strapline.
    /// </summary>
    /// <remarks>Reads the two lines' openings and the rest's few words; no copy.</remarks>
    public static bool IsRunningLine(ReadOnlySpan<char> first, ReadOnlySpan<char> line) => IsRunningLine(first, NameEnd(first), line);

    /// <summary>
    /// <see cref="IsRunningLine(ReadOnlySpan{char}, ReadOnlySpan{char})"/> with the first line's name end already read, for
    /// callers that ask it of many lines under one first line.
    /// </summary>
    public static bool IsRunningLine(ReadOnlySpan<char> first, int end, ReadOnlySpan<char> line)
    {
        line = Whitespace.Trim(line);
        if (end < 0 || line.Length <= end || !line.StartsWith(first.Slice(0, end), StringComparison.Ordinal) || line.Equals(first, StringComparison.Ordinal))
        {
            return false;
        }

        var after = line.Slice(end);
        var rest = default(ReadOnlySpan<char>);
        if (ColumnGapAt(after) == 0)
        {
            rest = Whitespace.Trim(after);
        }
        else
        {
            foreach (var separator in s_partSeparators)
            {
                if (after.StartsWith(separator.AsSpan(), StringComparison.Ordinal))
                {
                    rest = Whitespace.Trim(after.Slice(separator.Length));
                    break;
                }
            }
        }

        return rest.Length > 0 && Digits.Any(rest) && !Words.MoreThan(rest, MaxRestWords) && !Structure.Punctuation.EndsSentence(rest);
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
