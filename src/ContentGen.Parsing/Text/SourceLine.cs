using System.Collections.Generic;

namespace ContentGen.Parsing.Text;

/// <summary>One line of the document, without its line break, and where it starts.</summary>
internal readonly struct SourceLine
{
    public SourceLine(string text, int number, int offset)
    {
        Text = text;
        Number = number;
        Offset = offset;
    }

    /// <summary>The line's characters, exactly as in the document.</summary>
    public string Text { get; }

    /// <summary>The 1-based line number.</summary>
    public int Number { get; }

    /// <summary>The offset of the line's first character in the document.</summary>
    public int Offset { get; }

    /// <summary>Whether the line holds nothing but white space, no-break and thin spaces included.</summary>
    public bool IsBlank => Whitespace.IsBlank(Text);

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

            lines.Add(new SourceLine(text.Substring(start, i - start), number++, start));
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        if (start < text.Length)
        {
            lines.Add(new SourceLine(text.Substring(start), number, start));
        }

        return lines;
    }
}
