using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Text;

/// <summary>
/// A page's blocks are made again from the blocks of the page before it: a block taken again must
/// read exactly as a new block of its lines, keeping nothing of its last page, and a pool handed
/// back must not keep that page's text alive.
/// </summary>
public sealed class BlockPoolTests
{
    private const string Earlier = "Jane Roe of the Coastal Gazette said the harbour plan was approved\nby the council on Monday.\n";
    private const string Later = "By Tom Fox\nSport\n";

    private static LineSegment[] Segments(string document)
        => SourceLine.Split(document).Select(line => new LineSegment(line, document)).ToArray();

    [Fact]
    public void ABlockTakenAgain_ReadsAsANewBlockOfItsLines()
    {
        var pool = new BlockPool();
        var first = pool.Take(Segments(Earlier), 0, 2);

        // Its facts and its start table are read, as a page's rules read them.
        Assert.False(first.Facts.IsBylineOrDate);
        Assert.Equal(17, first.Facts.Words);
        _ = first.PositionAt(70);
        pool.Clear();

        var later = Segments(Later);
        var again = pool.Take(later, 0, 1);
        var fresh = new TextBlock(later, 0, 1);

        Assert.Same(first, again);
        Assert.Equal(fresh.Text, again.Text);
        Assert.Equal(fresh.LineCount, again.LineCount);
        Assert.Equal(fresh.Start, again.Start);
        Assert.Equal(fresh.Facts.Words, again.Facts.Words);
        Assert.True(again.Facts.IsBylineOrDate);
        Assert.Equal(fresh.PositionAt(5), again.PositionAt(5));
    }

    [Fact]
    public void APoolCleared_HoldsNoTextOfItsPage()
    {
        var pool = new BlockPool();
        var block = pool.Take(Segments(Earlier), 0, 2);

        pool.Clear();

        Assert.Equal(0, pool.Used);
        Assert.Equal(string.Empty, block.Text);
        Assert.Equal(0, block.LineCount);
    }

    [Fact]
    public void BlocksTakenOnOnePage_AreDistinct_AndTheNextPageTakesThemInOrder()
    {
        var pool = new BlockPool();
        var segments = Segments(Earlier + Later);
        var taken = Enumerable.Range(0, 4).Select(i => pool.Take(segments, i, 1)).ToList();
        pool.Clear();
        var again = Enumerable.Range(0, 5).Select(i => pool.Take(segments, 3 - Math.Min(i, 3), 1)).ToList();

        Assert.Equal(4, taken.Distinct().Count());
        Assert.Equal(taken, again.Take(4));
        Assert.DoesNotContain(again[4], taken);
        Assert.Equal(5, pool.Used);
        Assert.Equal(["Sport", "By Tom Fox", "by the council on Monday.", "Jane Roe of the Coastal Gazette said the harbour plan was approved", "Jane Roe of the Coastal Gazette said the harbour plan was approved"], again.Select(b => b.Text));
    }
}
