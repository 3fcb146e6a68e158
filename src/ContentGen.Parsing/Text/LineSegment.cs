using System;

namespace ContentGen.Parsing.Text;

/// <summary>
/// The trimmed content of one source line, read in place: the rules judge every line of a page,
/// and a string per line, copied again when wrapped lines are joined, cost more than the lines kept.
/// </summary>
internal readonly struct LineSegment
{
    private readonly string _document;

    public LineSegment(SourceLine line, string document)
    {
        var text = line.TrimmedSpan(document, out var lead);
        _document = document;
        Line = line;
        Lead = lead;
        Length = text.Length;
    }

    /// <summary>The source line the segment is read from.</summary>
    public SourceLine Line { get; }

    /// <summary>Where the text starts in its line.</summary>
    public int Lead { get; }

    /// <summary>How many characters the trimmed text has.</summary>
    public int Length { get; }

    /// <summary>The line's text without surrounding white space, in place.</summary>
    public ReadOnlySpan<char> Span => _document.AsSpan(Line.Offset + Lead, Length);

    /// <summary>Where the first non-space character stands.</summary>
    public TextPosition Start => Line.PositionAt(Lead);

    /// <summary>The position of the character at <paramref name="index"/> in the trimmed text.</summary>
    public TextPosition PositionAt(int index) => Line.PositionAt(Lead + index);

    /// <summary>
    /// The document's line right above this one, without surrounding white space, in place: empty on the first line or
    /// under a blank line. A line a page's chrome rules set aside before its blocks were read is found here still.
    /// </summary>
    public ReadOnlySpan<char> LineAbove() => DocumentLines.LineAbove(_document, Line.Offset).Trim();

    /// <summary>
    /// The document's line right below this one, without surrounding white space, in place: empty on the last line or
    /// over a blank line. A line a page's chrome rules set aside before its blocks were read is found here still.
    /// </summary>
    public ReadOnlySpan<char> LineBelow()
    {
        var start = DocumentLines.NextLineStart(_document, Line.Offset);
        return start < 0 || start >= _document.Length ? default : _document.AsSpan(start, DocumentLines.LineEnd(_document, start) - start).Trim();
    }

    /// <summary>The trimmed text as a new string (the document itself when the segment is all of it).</summary>
    public override string ToString()
        => Line.Offset + Lead == 0 && Length == _document.Length ? _document : Span.ToString();
}
