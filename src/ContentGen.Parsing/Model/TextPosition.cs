namespace ContentGen.Parsing;

/// <summary>
/// A place in the original document text: the UTF-16 offset and the 1-based line and column,
/// so that tools and diagnostics can point at it. Immutable and structurally equatable.
/// </summary>
/// <param name="Offset">The 0-based UTF-16 offset into the text that was parsed.</param>
/// <param name="Line">The 1-based line number, lines ending at CR, LF, CRLF, NEL, LS and PS as for the compiler.</param>
/// <param name="Column">The 1-based column, in UTF-16 code units.</param>
public readonly record struct TextPosition(int Offset, int Line, int Column)
{
    /// <summary>The start of the document.</summary>
    public static TextPosition Start => new(0, 1, 1);
}
