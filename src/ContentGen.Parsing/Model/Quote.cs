namespace ContentGen.Parsing;

/// <summary>A quotation of the article: in its body, its title or a section heading. Immutable and equatable.</summary>
/// <param name="Text">
/// The words inside the marks, trimmed, without the comma English puts before an attribution
/// ("We remain far apart," said Roe); a quote that runs over several paragraphs is joined by spaces.
/// </param>
/// <param name="Speaker">Who said it, or <see langword="null"/> when it is not attributed speech.</param>
/// <param name="Paragraph">
/// The 0-based index of the paragraph where the quote opens; for a quote outside the body, see
/// <see cref="Place"/>: -1 in the title, the first paragraph of its section in a heading.
/// </param>
/// <param name="Position">Where the opening mark stands.</param>
public sealed record Quote(string Text, string? Speaker, int Paragraph, TextPosition Position)
{
    /// <summary>Whether a person or an organisation speaks; <see langword="null"/> when <see cref="Speaker"/> is.</summary>
    public SpeakerKind? SpeakerKind { get; init; }

    /// <summary>Where the quote stands: the body (the default), the title or a section heading.</summary>
    public QuotePlace Place { get; init; } = QuotePlace.Body;

    /// <summary>
    /// For a quote inside a quote («Mi padre decía: “No te rindas”»), the index in the article's
    /// quotes of the quote it sits in, which comes right before it and its siblings and keeps their
    /// words in its own; <see langword="null"/> for a quote at the top level. Only body quotes hold
    /// inner quotes, one level down.
    /// </summary>
    public int? Within { get; init; }
}
