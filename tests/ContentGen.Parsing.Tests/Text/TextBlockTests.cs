using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Text;

/// <summary>
/// A block over a range of a group's lines reads and maps positions as a block of its own lines
/// does, and, over a group's array, needs no copy of it: a block is built for every line group.
/// </summary>
public sealed class TextBlockTests
{
    private const string Document = "  First line\nsecond  \n\tthird one\nfourth\n";

    private static LineSegment[] Segments()
        => SourceLine.Split(Document).Select(line => new LineSegment(line, Document)).ToArray();

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(1, 2)]
    [InlineData(0, 4)]
    public void ABlockOverARange_ReadsAndMapsAsABlockOfItsOwnLines(int start, int count)
    {
        var group = Segments();
        var ranged = new TextBlock(group, start, count);
        var own = new TextBlock(group.Skip(start).Take(count).ToList());

        Assert.Equal(own.Text, ranged.Text);
        Assert.Equal(count, ranged.LineCount);
        Assert.Equal(own.Start, ranged.Start);
        for (var i = 0; i < ranged.Text.Length; i++)
        {
            Assert.Equal(own.PositionAt(i), ranged.PositionAt(i));
        }
    }

    // The lines stand in the text joined by single spaces; each character maps back to its line.
    [Theory]
    [InlineData(0, 2, 1, 3)]
    [InlineData(10, 12, 1, 13)]
    [InlineData(11, 13, 2, 1)]
    [InlineData(18, 23, 3, 2)]
    [InlineData(28, 33, 4, 1)]
    public void APositionInABlockOfSeveralLines_IsOnItsOwnLine(int index, int offset, int line, int column)
    {
        var block = new TextBlock(Segments(), 0, 4);

        Assert.Equal("First line second third one fourth", block.Text);
        Assert.Equal(new TextPosition(offset, line, column), block.PositionAt(index));
    }

    [Fact]
    public void ABlockOfSeveralLines_MakesItsLineStarts_OnlyWhenAPositionIsAsked()
    {
        var group = Segments();
        _ = new TextBlock(group, 0, 4);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var block = new TextBlock(group, 0, 4);
        var built = GC.GetAllocatedBytesForCurrentThread() - before;

        // The object with its facts (under 104 bytes) and its text ("First line second third one
        // fourth", 90 bytes); no start table.
        Assert.True(built < 194, $"{built} bytes");
        Assert.Equal(new TextPosition(33, 4, 1), block.PositionAt(28));
    }

    [Fact]
    public void ABlockOfOneLine_OverAGroupsArray_AllocatesOnlyItselfAndItsText()
    {
        var group = Segments();
        _ = new TextBlock(group, 2, 1);
        const int Blocks = 1_000;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Blocks; i++)
        {
            _ = new TextBlock(group, 2, 1);
        }

        var perBlock = (GC.GetAllocatedBytesForCurrentThread() - before) / Blocks;

        // The object with its facts is under 104 bytes and its text ("third one") 40; a copied
        // segment array and a start table would add 80 more.
        Assert.True(perBlock < 144, $"{perBlock} bytes per block");
    }

    [Fact]
    public void ABlocksFacts_AreKeptInTheBlock_AndReadingThemAllocatesNothing()
    {
        var group = Segments();
        var block = new TextBlock(group, 0, 4);
        _ = new TextBlock(group, 0, 4).Facts.IsCaption;
        var before = GC.GetAllocatedBytesForCurrentThread();

        var words = block.Facts.Words;
        var stopwords = block.Facts.StopwordHits;
        var again = block.Facts.Words;

        // A page has a block for every menu line: an object of facts beside each would cost as
        // much as a short line's text.
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(6, words);
        Assert.Equal(words, again);
        Assert.InRange(stopwords, 0, words);
    }

    [Fact]
    public void ALineSegment_ReadsItsLineInPlace()
    {
        var line = SourceLine.Split(Document)[2];
        _ = new LineSegment(line, Document);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var length = 0;
        for (var i = 0; i < 1_000; i++)
        {
            length += new LineSegment(line, Document).Span.Length;
        }

        // Every line of a page is read as a segment; only the blocks made of them keep a text.
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(9_000, length);
    }

    [Fact]
    public void ABlockOfManyLines_MakesItsTextOnce()
    {
        var line = string.Join(" ", Enumerable.Repeat("wrapped", 10));
        var document = string.Join("\n", Enumerable.Repeat(line, 20));
        var group = SourceLine.Split(document).Select(l => new LineSegment(l, document)).ToArray();
        var text = new TextBlock(group, 0, group.Length).Text;
        const int Blocks = 200;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Blocks; i++)
        {
            _ = new TextBlock(group, 0, group.Length);
        }

        var perBlock = (GC.GetAllocatedBytesForCurrentThread() - before) / Blocks;

        // The text is 1,599 characters, 3.2 KB as a string; the object and its table of line
        // starts add about 150 bytes. A second copy of the text (a builder's buffer) would double it.
        Assert.Equal(1_599, text.Length);
        Assert.True(perBlock < (text.Length * 2) + 300, $"{perBlock} bytes per block");
    }
}
