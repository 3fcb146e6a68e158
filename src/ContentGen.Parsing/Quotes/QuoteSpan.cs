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

    private QuoteSpan(int close)
        : this(-1, close)
    {
        IsHeadless = true;
    }

    /// <summary>
    /// A quote whose opening mark the text lost: its words run from the block's start to the
    /// closing mark at <paramref name="close"/>. <see cref="Open"/> is -1, just before the block.
    /// </summary>
    public static QuoteSpan Headless(int close) => new(close);

    /// <summary>Whether the quote's opening mark was lost, so that it starts with its block.</summary>
    public bool IsHeadless { get; }

    /// <summary>Where the quote starts: its opening mark, or the block's start when that was lost.</summary>
    public int Start => IsHeadless ? 0 : Open;

    /// <summary>
    /// Indices of opening marks repeated inside the quote where the writer started a new
    /// paragraph of the same quote; they are not part of its words.
    /// </summary>
    public int[]? Continuations { get; }

    /// <summary>The index of the opening mark; -1 for a <see cref="IsHeadless"/> quote.</summary>
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

    /// <summary>The text between the marks without the white space around it: one string, made once.</summary>
    /// <remarks>French quotes stand inside their marks with a space on each side ("« … »").</remarks>
    public string TrimmedInner(string text)
    {
        if (Continuations is not null)
        {
            return Inner(text, trim: true);
        }

        return TrimmedInnerSpan(text).ToString();
    }

    /// <summary>The words between the marks of a quote with no <see cref="Continuations"/>, trimmed, in place.</summary>
    public ReadOnlySpan<char> TrimmedInnerSpan(string text)
    {
        var end = IsOpen ? text.Length : Close;
        return Text.Whitespace.Trim(text.AsSpan(Open + 1, end - Open - 1));
    }

    /// <summary>The text between the marks.</summary>
    public string Inner(string text) => Inner(text, trim: false);

    private string Inner(string text, bool trim)
    {
        var end = IsOpen ? text.Length : Close;
        if (Continuations is null)
        {
            return text.Substring(Open + 1, end - Open - 1);
        }

        // Written once into the string: a builder would keep a second copy of a long quote.
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(end - Open, 16));
        var inner = buffer.AsSpan(0, CopyInnerTo(text, buffer));
        var words = (trim ? Text.Whitespace.Trim(inner) : inner).ToString();
        System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        return words;
    }

    /// <summary>
    /// Writes the text between the marks into <paramref name="destination"/>, which holds at least
    /// <c>Close - Open</c> characters (the text's length past <see cref="Open"/> for an open quote),
    /// the repeated opening marks of its <see cref="Continuations"/> left out; returns its length.
    /// </summary>
    internal int CopyInnerTo(string text, Span<char> destination)
    {
        var end = IsOpen ? text.Length : Close;
        var length = 0;
        var from = Open + 1;
        foreach (var mark in Continuations ?? [])
        {
            text.AsSpan(from, mark - from).CopyTo(destination.Slice(length));
            length += mark - from;
            from = mark + 1;
        }

        text.AsSpan(from, end - from).CopyTo(destination.Slice(length));
        return length + end - from;
    }
}
