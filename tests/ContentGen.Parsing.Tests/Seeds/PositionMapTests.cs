using ContentGen.Parsing.Seeds;

namespace ContentGen.Parsing.Tests.Seeds;

/// <summary>
/// Offsets from the YAML and Markdown readers become lines and columns as the compiler counts
/// them, clamped to the text, with a leading byte order mark not counted as a column.
/// </summary>
public sealed class PositionMapTests
{
    [Theory]
    [InlineData("a\nb", 2, 2, 1)]
    [InlineData("a\rb", 2, 2, 1)]
    [InlineData("a\r\nb", 3, 2, 1)]
    [InlineData("a\r\n\r\nb", 5, 3, 1)]
    [InlineData("ab\r", 1, 1, 2)]
    [InlineData("a\u2028b", 2, 2, 1)]
    [InlineData("abc", 2, 1, 3)]
    public void Offset_IsAtTheCompilersLineAndColumn(string text, int offset, int line, int column)
        => Assert.Equal(new TextPosition(offset, line, column), new PositionMap(text).At(offset));

    [Fact]
    public void ByteOrderMark_IsNoColumn()
    {
        var map = new PositionMap("\uFEFFab\nc");

        Assert.Equal(new TextPosition(1, 1, 1), map.At(1));
        Assert.Equal(new TextPosition(4, 2, 1), map.At(4));
        Assert.Equal(new TextPosition(0, 1, 0), map.At(0));
    }

    [Fact]
    public void Offsets_AreClampedToTheText()
    {
        var map = new PositionMap("ab\ncd");

        Assert.Equal(5, map.Length);
        Assert.Equal(new TextPosition(0, 1, 1), map.At(-3));
        Assert.Equal(new TextPosition(5, 2, 3), map.At(99));
    }

    [Fact]
    public void EmptyText_HasOneLine()
        => Assert.Equal(new TextPosition(0, 1, 1), new PositionMap(string.Empty).At(0));
}
