using ContentGen.Parsing.Yaml;

namespace ContentGen.Parsing.Tests.Yaml;

/// <summary>
/// Where a front matter block starts, where its YAML ends and where the body starts, by offset:
/// CRLF, CR and LF breaks, a byte order mark, a fence with trailing blanks, a closing fence at the
/// very end of the text, and a block that never closes.
/// </summary>
public sealed class FrontMatterBlockTests
{
    // "start content-start content-end end closed|open", or "none".
    private static string Find(string text)
        => FrontMatterBlock.Find(text) is { } block
            ? $"{block.Start} {block.ContentStart} {block.ContentEnd} {block.End} {(block.IsClosed ? "closed" : "open")}"
            : "none";

    [Theory]
    [InlineData("---\nx: 1\n---\nBody", "0 4 9 13 closed")]
    [InlineData("---\r\nx: 1\r\n---\r\nBody", "0 5 11 16 closed")]
    [InlineData("---\rx: 1\r---\rBody", "0 4 9 13 closed")]
    [InlineData("---\nx: 1\n...\nBody", "0 4 9 13 closed")]
    [InlineData("---\nx: 1\n---", "0 4 9 12 closed")]
    [InlineData("---\nx: 1\n---\r", "0 4 9 13 closed")]
    [InlineData("\uFEFF---\nx: 1\n---\nBody", "1 5 10 14 closed")]
    [InlineData("--- \t\nx: 1\n---  \nBody", "0 6 11 17 closed")]
    [InlineData("---\nx: 1\n \t\nBody", "0 4 9 9 open")]
    [InlineData("---\nx: 1", "0 4 8 8 open")]
    [InlineData("---\r", "0 4 4 4 open")]
    public void Block_IsFoundAtItsOffsets(string text, string expected)
        => Assert.Equal(expected, Find(text));

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("--")]
    [InlineData("---x\nx: 1\n---\n")]
    [InlineData("--- x\nx: 1\n---\n")]
    [InlineData("Body\n---\nx: 1\n---\n")]
    public void NoBlock_WithoutAnOpeningFenceOnTheFirstLine(string text)
    {
        Assert.Equal("none", Find(text));
        Assert.False(FrontMatterBlock.StartsWithFence(text));
    }

    [Fact]
    public void Blank_TurnsTheBlockIntoSpaces_AndKeepsItsLineBreaks()
    {
        var text = "---\r\nx: 1\n---\nBody";
        Assert.Equal("   \r\n    \n   \nBody", FrontMatterBlock.Find(text)!.Value.Blank(text));
    }
}
