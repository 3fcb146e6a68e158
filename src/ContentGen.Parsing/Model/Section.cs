namespace ContentGen.Parsing;

/// <summary>A run of consecutive paragraphs under an optional heading. Immutable and equatable.</summary>
/// <param name="Heading">The heading text, or <see langword="null"/> for an unheaded section.</param>
/// <param name="HeadingPosition">Where the heading starts; the first paragraph's start when there is none.</param>
/// <param name="FirstParagraph">The 0-based index of the section's first paragraph.</param>
/// <param name="ParagraphCount">How many paragraphs the section holds.</param>
public sealed record Section(string? Heading, TextPosition HeadingPosition, int FirstParagraph, int ParagraphCount);
