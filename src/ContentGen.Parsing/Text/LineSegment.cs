namespace ContentGen.Parsing.Text;

/// <summary>The trimmed content of one source line, and where it starts.</summary>
internal readonly struct LineSegment
{
    public LineSegment(SourceLine line, string document)
    {
        var (text, lead) = line.Trimmed(document);
        Text = text;
        Start = line.PositionAt(lead);
    }

    /// <summary>The line's text without surrounding white space.</summary>
    public string Text { get; }

    /// <summary>Where the first non-space character stands.</summary>
    public TextPosition Start { get; }
}
