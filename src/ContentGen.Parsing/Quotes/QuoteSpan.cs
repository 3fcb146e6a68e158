namespace ContentGen.Parsing.Quotes;

/// <summary>A top-level quote found in one block of text, by character indices into that text.</summary>
internal readonly struct QuoteSpan
{
    public QuoteSpan(int open, int close)
    {
        Open = open;
        Close = close;
    }

    /// <summary>The index of the opening mark.</summary>
    public int Open { get; }

    /// <summary>The index of the closing mark, or -1 when the quote runs to the end of the block.</summary>
    public int Close { get; }

    /// <summary>Whether the quote is still open at the end of the block.</summary>
    public bool IsOpen => Close < 0;

    /// <summary>The index just past the quote: after its closing mark, or the block's end.</summary>
    public int End(int textLength) => IsOpen ? textLength : Close + 1;

    /// <summary>The text between the marks.</summary>
    public string Inner(string text) => text.Substring(Open + 1, (IsOpen ? text.Length : Close) - Open - 1);
}
