using ContentGen.Model;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Tests.Model;

/// <summary>
/// <see cref="LocationInfo.In"/> clamps what the caller asks for to the text, so that a
/// diagnostic's place is always valid: before the start, past the end, a negative length.
/// </summary>
public sealed class LocationInfoTests
{
    private static readonly SourceText Text = SourceText.From("ab\ncd");

    [Theory]
    [InlineData(1, 2, 1, 3)]
    [InlineData(-1, 2, 0, 2)]
    [InlineData(0, 5, 0, 5)]
    [InlineData(5, 0, 5, 5)]
    [InlineData(6, 1, 5, 5)]
    [InlineData(4, 1, 4, 5)]
    [InlineData(4, 2, 4, 5)]
    [InlineData(3, -1, 3, 3)]
    [InlineData(3, 0, 3, 3)]
    public void TheSpan_IsClampedToTheText(int offset, int length, int start, int end)
    {
        var location = LocationInfo.In("seeds/a.txt", Text, offset, length);
        Assert.Equal((start, end), (location.Span.Start, location.Span.End));
        Assert.Equal(Text.Lines.GetLinePositionSpan(TextSpan.FromBounds(start, end)), location.LineSpan);
    }
}
