namespace ContentGen.Parsing;

/// <summary>Something the reader could not make sense of, with where it is. Immutable and equatable.</summary>
/// <param name="Kind">What went wrong.</param>
/// <param name="Detail">A short excerpt or value that explains it, for the message.</param>
/// <param name="Position">Where it starts.</param>
/// <param name="Length">How many UTF-16 code units it covers in the text, at least 0.</param>
public sealed record Problem(ProblemKind Kind, string Detail, TextPosition Position, int Length);

/// <summary>The kinds of <see cref="Problem"/>.</summary>
public enum ProblemKind
{
    /// <summary>The document is empty or only white space.</summary>
    Empty,

    /// <summary>The document holds nothing but boilerplate.</summary>
    OnlyBoilerplate,

    /// <summary>No line could serve as a title.</summary>
    NoTitle,

    /// <summary>A quotation mark opens a quote that never closes.</summary>
    UnclosedQuote,

    /// <summary>A closing quotation mark closes no quote.</summary>
    UnmatchedQuote,

    /// <summary>The text holds bytes that are not valid UTF-8, decoded as U+FFFD.</summary>
    InvalidText,

    /// <summary>A Markdown seed nests deeper than the reader follows, so it is read as plain text.</summary>
    TooDeeplyNested,

    /// <summary>The document has a title but no paragraphs: the article holds its title alone.</summary>
    NoParagraphs,

    /// <summary>A quotation mark opens a quote that another opening mark cuts short: the quote is listed up to that mark.</summary>
    AbandonedQuote,

    /// <summary>A quotation mark opens a quote that runs to its paragraph's last stop without closing: the quote is listed up to there.</summary>
    QuoteEndsWithParagraph,
}
