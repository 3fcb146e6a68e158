using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Model;

/// <summary>
/// A place in a seed file, as plain values: a <see cref="Location"/> is built only when a
/// diagnostic is reported, since Roslyn locations do not compare by value.
/// </summary>
/// <param name="FilePath">The seed's path.</param>
/// <param name="Span">The character span in the file.</param>
/// <param name="LineSpan">The same span as 0-based lines and columns.</param>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>Creates the location for <paramref name="length"/> characters at <paramref name="position"/>.</summary>
    public static LocationInfo At(string filePath, Parsing.TextPosition position, int length)
    {
        var start = new LinePosition(position.Line - 1, position.Column - 1);
        var end = new LinePosition(position.Line - 1, position.Column - 1 + length);
        return new LocationInfo(filePath, new TextSpan(position.Offset, length), new LinePositionSpan(start, end));
    }

    /// <summary>
    /// Creates the location for <paramref name="length"/> characters at <paramref name="offset"/> in
    /// <paramref name="text"/>, with lines counted as the compiler and the IDE count them (CR, LF,
    /// CRLF, NEL, LS and PS), and clamped to the text, so that it is valid whatever the caller says.
    /// </summary>
    public static LocationInfo In(string filePath, SourceText text, int offset, int length)
    {
        var start = offset < 0 ? 0 : offset > text.Length ? text.Length : offset;
        var end = length < 0 ? start : start + length > text.Length ? text.Length : start + length;
        var span = TextSpan.FromBounds(start, end);
        return new LocationInfo(filePath, span, text.Lines.GetLinePositionSpan(span));
    }

    /// <summary>The start of the file.</summary>
    public static LocationInfo StartOf(string filePath) => At(filePath, Parsing.TextPosition.Start, 0);

    /// <summary>The Roslyn location.</summary>
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
}
