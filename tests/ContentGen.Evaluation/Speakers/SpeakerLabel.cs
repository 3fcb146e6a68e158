namespace ContentGen.Evaluation.Speakers;

/// <summary>
/// One labelled quote: where its opening mark stands, whether it is speech, and who said it.
/// Immutable; read from <c>Labels/speakers.tsv</c> or an invented article's <c>expectations.tsv</c>.
/// </summary>
/// <param name="Group">What the label is reported under: <c>bbc</c>, <c>fr</c>, or <c>invented/&lt;lang&gt;</c>.</param>
/// <param name="Half">The half it belongs to, or <see langword="null"/> for invented articles, which are not halved.</param>
/// <param name="Path">The full path of the file the label points into.</param>
/// <param name="Name">The file as printed in reports: relative to the corpus or to the repository.</param>
/// <param name="Line">The 1-based line of the opening mark.</param>
/// <param name="Column">The 1-based column of the opening mark, in UTF-16 code units.</param>
/// <param name="Offset">The 0-based UTF-16 offset of the opening mark, or <see langword="null"/> where the label gives only line and column.</param>
/// <param name="IsSpeech">Whether the quote is someone's words, rather than a scare quote, a title or a name.</param>
/// <param name="Speaker">Who said it, or <c>-</c> when the text does not say.</param>
/// <param name="Aliases">Other answers that count as right, such as the surname alone.</param>
public sealed record SpeakerLabel(
    string Group,
    LabelHalf? Half,
    string Path,
    string Name,
    int Line,
    int Column,
    int? Offset,
    bool IsSpeech,
    string Speaker,
    IReadOnlyList<string> Aliases)
{
    /// <summary>The speaker that means "the text does not say", so that the right answer is none.</summary>
    public const string Nobody = "-";

    /// <summary>Whether the right answer is no speaker at all.</summary>
    public bool ExpectsNobody => !IsSpeech || Speaker == Nobody;

    /// <summary>Where the label points, as <c>file:line:column</c>.</summary>
    public string Where => $"{Name}:{Line}:{Column}";
}
