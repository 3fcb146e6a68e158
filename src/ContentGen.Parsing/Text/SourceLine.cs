using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Text;

/// <summary>One line of the document, without its line break: a range of the document, not a copy.</summary>
internal readonly struct SourceLine
{
    private readonly string _document;

    public SourceLine(string document, int offset, int length, int number)
    {
        _document = document;
        Offset = offset;
        Length = length;
        Number = number;
    }

    /// <summary>The line's characters, exactly as in the document.</summary>
    public ReadOnlySpan<char> Span => _document.AsSpan(Offset, Length);

    /// <summary>How many characters the line has.</summary>
    public int Length { get; }

    /// <summary>The 1-based line number.</summary>
    public int Number { get; }

    /// <summary>The offset of the line's first character in the document.</summary>
    public int Offset { get; }

    /// <summary>Whether the line holds nothing but white space, no-break and thin spaces included.</summary>
    public bool IsBlank => Whitespace.IsBlank(Span);

    /// <summary>The line without the white space around it, as a string, and where that starts.</summary>
    public (string Text, int Lead) Trimmed()
    {
        var span = Span;
        var lead = 0;
        while (lead < span.Length && Whitespace.IsSpace(span[lead]))
        {
            lead++;
        }

        var end = span.Length;
        while (end > lead && Whitespace.IsSpace(span[end - 1]))
        {
            end--;
        }

        return (_document.Substring(Offset + lead, end - lead), lead);
    }

    /// <summary>The position of the character at <paramref name="index"/> in this line.</summary>
    public TextPosition PositionAt(int index) => new(Offset + index, Number, index + 1);

    /// <summary>
    /// Splits <paramref name="text"/> at CRLF, CR and LF, keeping offsets into the original text,
    /// so that positions stay true whatever the line endings. A leading byte order mark is skipped.
    /// </summary>
    public static List<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>();
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var number = 1;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\n' && c != '\r')
            {
                continue;
            }

            lines.Add(new SourceLine(text, start, i - start, number++));
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        if (start < text.Length)
        {
            lines.Add(new SourceLine(text, start, text.Length - start, number));
        }

        return lines;
    }
}
