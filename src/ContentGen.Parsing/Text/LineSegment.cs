namespace ContentGen.Parsing.Text;

/// <summary>The trimmed content of one source line, and where it starts.</summary>
internal readonly struct LineSegment
{
    public LineSegment(SourceLine line, string document)
    {
        var (text, lead) = line.Trimmed(document);
        Text = text;
        Line = line;
        Lead = lead;
    }

    /// <summary>The source line the segment is read from.</summary>
    public SourceLine Line { get; }

    /// <summary>Where the text starts in its line.</summary>
    public int Lead { get; }

    /// <summary>The line's text without surrounding white space.</summary>
    public string Text { get; }

    /// <summary>Where the first non-space character stands.</summary>
    public TextPosition Start => Line.PositionAt(Lead);

    /// <summary>The position of the character at <paramref name="index"/> in <see cref="Text"/>.</summary>
    public TextPosition PositionAt(int index) => Line.PositionAt(Lead + index);
}
