namespace ContentGen.Parsing;

/// <summary>A body paragraph: its source lines joined by single spaces, ends trimmed. Immutable and equatable.</summary>
/// <param name="Text">The paragraph text.</param>
/// <param name="Position">Where the paragraph starts.</param>
public sealed record Paragraph(string Text, TextPosition Position);
