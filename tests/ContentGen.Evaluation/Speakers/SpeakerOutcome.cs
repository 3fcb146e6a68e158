namespace ContentGen.Evaluation.Speakers;

/// <summary>What the reader made of one labelled quote.</summary>
/// <param name="Label">The label.</param>
/// <param name="Found">Whether the reader found a quote whose opening mark is the labelled one.</param>
/// <param name="Given">The speaker the reader gave, or <see langword="null"/> for none (or no quote).</param>
public sealed record SpeakerOutcome(SpeakerLabel Label, bool Found, string? Given)
{
    /// <summary>Whether the labelled mark reopens a speech that the reader joined into the quote before it, which is scored instead.</summary>
    public bool Merged { get; init; }

    /// <summary>For a quote not found, where the reader put its line instead: <c>title</c>, <c>heading</c>, <c>boilerplate</c>, or <see langword="null"/> for the body.</summary>
    public string? SetAside { get; init; }

    /// <summary>
    /// Whether the labelled mark stands on a line the page labels (<c>Labels/pages.tsv</c>) mark
    /// <c>drop</c>: a teaser or related headline of another article, not this article's quote.
    /// </summary>
    public bool OutsideArticle { get; init; }

    /// <summary>Whether the reader attributed the quote to anyone.</summary>
    public bool Attributed => Found && !string.IsNullOrWhiteSpace(Given);

    /// <summary>Whether the answer is right: found, and the labelled speaker (or none, where none is expected).</summary>
    public bool Right => Found && SpeakerNames.IsRight(Label, Given);

    /// <summary>Whether an engineer should look at it: a quote not found, or a speaker that is wrong or missing.</summary>
    public bool NeedsLook => !Right;

    /// <summary>Why it needs a look, in a few words.</summary>
    public string Problem => (OutsideArticle ? "outside the article: " : string.Empty) + Kind;

    private string Kind => !Found ? "quote not found" + (SetAside is { } place ? " (line in " + place + ")" : string.Empty)
        : Right ? "right"
        : !Label.IsSpeech ? "not speech but attributed"
        : !Attributed ? "no speaker"
        : Label.ExpectsNobody ? "speaker where the text names none"
        : "wrong speaker";
}
