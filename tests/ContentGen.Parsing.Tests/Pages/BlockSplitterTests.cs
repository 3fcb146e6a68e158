using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// How a group of adjacent lines becomes blocks: lines wrapped at a fixed width (40 to 100
/// characters) are joined until one leaves room for the next line's first word; shorter or longer
/// lines stay apart; a bullet, a byline or a stamp always opens a new block.
/// </summary>
public sealed class BlockSplitterTests
{
    private static string[] Split(params string[] lines)
    {
        var text = string.Join("\n", lines);
        var group = SourceLine.Split(text).Select(line => new LineSegment(line, text)).ToArray();
        return Blocks(group).Select(block => block.Text).ToArray();
    }

    private static List<TextBlock> Blocks(LineSegment[] group)
    {
        var blocks = new List<TextBlock>();
        BlockSplitter.Split(group, 0, group.Length, blocks, new BlockPool());
        return blocks;
    }

    [Fact]
    public void AGroup_IsARangeOfThePagesSegments_AndSplitsAsTheSameLinesAlone()
    {
        string[] lines = ["Menu line", "One short line.", "Another short line.", "Footer line"];
        var text = string.Join("\n", lines);
        var segments = SourceLine.Split(text).Select(line => new LineSegment(line, text)).ToArray();
        var blocks = new List<TextBlock>();

        BlockSplitter.Split(segments, 1, 2, blocks, new BlockPool());

        Assert.Equal(["One short line.", "Another short line."], blocks.Select(block => block.Text));
        Assert.Equal(2, blocks[0].Start.Line);
    }

    [Fact]
    public void NoLines_AreNoBlock()
        => Assert.Empty(Blocks([]));

    [Fact]
    public void WrappedLines_AreJoined_UntilOneLeavesRoomForTheNextWord()
    {
        var width = new string('w', 50);

        // The next line opens with a capital, so only the room left decides (a line in lower case
        // after one stopping mid-sentence runs on whatever the room: WrapTests).
        // 44 + 1 + 5 = 50: the line left room for "Yyyyy", so its paragraph ended.
        Assert.Equal(new[] { width + " " + new string('x', 44), "Yyyyy zz" }, Split(width, new string('x', 44), "Yyyyy zz"));

        // 45 + 1 + 5 = 51: no room, the line was wrapped.
        Assert.Equal(new[] { width + " " + new string('x', 45) + " Yyyyy zz" }, Split(width, new string('x', 45), "Yyyyy zz"));

        // A long line stopping on a word over a line in lower case runs on, whatever room it left
        // (a dump never breaks a pair the page bound, such as "27 décembre").
        Assert.Equal(new[] { width + " " + new string('x', 44) + " yyyyy zz" }, Split(width, new string('x', 44), "yyyyy zz"));
    }

    [Theory]
    [InlineData(39, 2)]
    [InlineData(40, 1)]
    [InlineData(100, 1)]
    [InlineData(101, 2)]
    public void LinesAreWrapped_OnlyAtAWidthOfFortyToAHundred(int width, int blocks)
        => Assert.Equal(blocks, Split(new string('w', width), "walls").Length);

    [Fact]
    public void ShortLines_AreAListOrAMenu_EachItsOwnBlock()
        => Assert.Equal(new[] { "Home", "News", "Sport" }, Split("Home", "News", "Sport"));

    [Theory]
    [InlineData("- walls")]
    [InlineData("• walls")]
    [InlineData("By Helen Marsh")]
    [InlineData("Published 14 March 2023")]
    public void ABulletBylineOrStamp_OpensANewBlock_EvenInWrappedLines(string next)
        => Assert.Equal(new[] { new string('w', 60), next }, Split(new string('w', 60), next));

    [Theory]
    [InlineData("by Helen Marsh")]
    [InlineData("published 14 March 2023")]
    [InlineData("-walls")]
    public void ALowerCaseBylineWord_OrADashGluedToItsWord_ContinuesTheLine(string next)
        => Assert.Single(Split(new string('w', 60), next));

    [Theory]
    [InlineData("- x", true)]
    [InlineData("* x", true)]
    [InlineData("– x", true)]
    [InlineData("— x", true)]
    [InlineData("· x", true)]
    [InlineData("-x", false)]
    [InlineData("-", false)]
    [InlineData("+ x", false)]
    public void AListItem_OpensWithABulletAndASpace(string line, bool item)
        => Assert.Equal(item, BlockSplitter.StartsWithBullet(line));
}
