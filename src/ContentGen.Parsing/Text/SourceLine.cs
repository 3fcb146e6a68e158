using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Text;

/// <summary>
/// One line of the document, without its line break: where it starts and how long it is, not
/// a copy. A million blank lines are a million of these, so the document is passed alongside
/// rather than held by each.
/// </summary>
/// <remarks>
/// Lines are read (split) at CR, LF and CRLF, but numbered as the compiler and the IDE number
/// them, which also end a line at NEL, LS and PS: a line holding one of those spans two numbers,
/// so that every position is the one a diagnostic shows.
/// </remarks>
internal readonly struct SourceLine
{
    // Where a compiler line starts inside this one, after a NEL, LS or PS; null when none does (nearly always).
    private readonly int[]? _breaks;

    public SourceLine(int offset, int length, int number)
        : this(offset, length, number, null)
    {
    }

    private SourceLine(int offset, int length, int number, int[]? breaks)
    {
        Offset = offset;
        Length = length;
        Number = number;
        _breaks = breaks;
    }

    /// <summary>How many characters the line has.</summary>
    public int Length { get; }

    /// <summary>The 1-based line number of the line's start, as the compiler counts lines.</summary>
    public int Number { get; }

    /// <summary>The offset of the line's first character in the document.</summary>
    public int Offset { get; }

    /// <summary>The line's characters in <paramref name="document"/>, exactly as written.</summary>
    public ReadOnlySpan<char> Span(string document) => document.AsSpan(Offset, Length);

    /// <summary>Whether the line holds nothing but white space, no-break and thin spaces included.</summary>
    public bool IsBlank(string document) => Whitespace.IsBlank(Span(document));

    /// <summary>
    /// The line without the white space around it, read in place, and where that starts: for
    /// the checks that read every line before any line's text is kept.
    /// </summary>
    public ReadOnlySpan<char> TrimmedSpan(string document, out int lead)
    {
        var span = Span(document);
        lead = 0;
        while (lead < span.Length && Whitespace.IsSpace(span[lead]))
        {
            lead++;
        }

        var end = span.Length;
        while (end > lead && Whitespace.IsSpace(span[end - 1]))
        {
            end--;
        }

        return span.Slice(lead, end - lead);
    }

    /// <summary>The position of the character at <paramref name="index"/> in this line, a compiler line further for each NEL, LS or PS before it.</summary>
    public TextPosition PositionAt(int index)
    {
        var line = Number;
        var start = 0;
        if (_breaks is not null)
        {
            foreach (var lineStart in _breaks)
            {
                if (lineStart > index)
                {
                    break;
                }

                line++;
                start = lineStart;
            }
        }

        return new(Offset + index, line, index - start + 1);
    }

    /// <summary>
    /// The index in <paramref name="lines"/> (as <see cref="Split(string)"/> gives them) of the line holding
    /// <paramref name="offset"/>: the last line starting at or before it, found by halving.
    /// </summary>
    public static int IndexAt(IReadOnlyList<SourceLine> lines, int offset)
    {
        int low = 0, high = lines.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (lines[middle].Offset <= offset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    /// <summary>Whether the compiler ends a line at <paramref name="c"/>, besides CR and LF: NEL, LS and PS.</summary>
    public static bool IsUnicodeBreak(char c) => c is '\u0085' or '\u2028' or '\u2029';

    /// <summary>
    /// Splits <paramref name="text"/> at CRLF, CR and LF, keeping offsets into the original text,
    /// so that positions stay true whatever the line endings. A leading byte order mark is skipped.
    /// </summary>
    public static List<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>(CountLines(text));
        Split(text, lines);
        return lines;
    }

    /// <summary>Splits <paramref name="text"/> as <see cref="Split(string)"/> does, into <paramref name="lines"/>.</summary>
    public static void Split(string text, List<SourceLine> lines)
    {
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var number = 1;
        List<int>? breaks = null;

        // From break to break: the search between them is the runtime's vectorised one.
        for (var i = NextBreak(text, start); i >= 0; i = NextBreak(text, i + 1))
        {
            var c = text[i];
            if (c != '\n' && c != '\r')
            {
                (breaks ??= new List<int>()).Add(i + 1 - start);
                continue;
            }

            lines.Add(new SourceLine(start, i - start, number, breaks?.ToArray()));
            number += 1 + (breaks?.Count ?? 0);
            breaks = null;
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        if (start < text.Length)
        {
            lines.Add(new SourceLine(start, text.Length - start, number, breaks?.ToArray()));
        }
    }

    // Line ends and the Unicode breaks inside a line (IsUnicodeBreak).
    private const string Breaks = "\n\r\u0085\u2028\u2029";

    private static int NextBreak(string text, int from)
    {
        if (from >= text.Length)
        {
            return -1;
        }

        var next = text.AsSpan(from).IndexOfAny(Breaks.AsSpan());
        return next < 0 ? -1 : from + next;
    }

    // How many lines Split finds, at most: the list is sized once rather than grown by doubling,
    // which for a page of many short lines allocated more than the lines themselves.
    private static int CountLines(string text)
    {
        var count = 1;
        var rest = text.AsSpan();
        while (true)
        {
            var at = rest.IndexOfAny('\n', '\r');
            if (at < 0)
            {
                return count;
            }

            count++;
            var crlf = rest[at] == '\r' && at + 1 < rest.Length && rest[at + 1] == '\n';
            rest = rest.Slice(at + (crlf ? 2 : 1));
        }
    }
}
