using System;

namespace ContentGen.Parsing.Quotes;

/// <summary>A top-level quote found in one block of text, by character indices into that text.</summary>
internal readonly struct QuoteSpan
{
    public QuoteSpan(int open, int close, bool abandoned = false, int[]? continuations = null)
    {
        Open = open;
        Close = close;
        IsAbandoned = abandoned;
        Continuations = continuations;
    }

    /// <summary>
    /// Indices of opening marks repeated inside the quote where the writer started a new
    /// paragraph of the same quote; they are not part of its words.
    /// </summary>
    public int[]? Continuations { get; }

    /// <summary>The index of the opening mark.</summary>
    public int Open { get; }

    /// <summary>The index of the closing mark, or -1 when the quote runs to the end of the block.</summary>
    public int Close { get; }

    /// <summary>
    /// Whether the quote never closed but a new one opened at <see cref="Close"/>, as when a
    /// writer forgets the closing mark before the next sentence of the same quote.
    /// </summary>
    public bool IsAbandoned { get; }

    /// <summary>Whether the quote is still open at the end of the block.</summary>
    public bool IsOpen => Close < 0;

    /// <summary>The index just past the quote: after its closing mark, or the block's end.</summary>
    public int End(int textLength) => IsOpen ? textLength : IsAbandoned ? Close : Close + 1;

    /// <summary>The text between the marks.</summary>
    public string Inner(string text)
    {
        var end = IsOpen ? text.Length : Close;
        if (Continuations is null)
        {
            return text.Substring(Open + 1, end - Open - 1);
        }

        // Written once into the string: a builder would keep a second copy of a long quote.
        var inner = new Text.JoinedText(end - Open);
        var from = Open + 1;
        foreach (var mark in Continuations)
        {
            inner.Append(text.AsSpan(from, mark - from));
            from = mark + 1;
        }

        inner.Append(text.AsSpan(from, end - from));
        return inner.ToStringAndReturn();
    }
}
