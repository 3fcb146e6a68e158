using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Text;

/// <summary>
/// Texts the model returns are often joined from pieces (a block's lines, a name's words): they
/// are written into a rented buffer and become one string, whatever the first guess of their length.
/// </summary>
public sealed class JoinedTextTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(16)]
    [InlineData(4096)]
    public void Pieces_JoinAsAConcatenation_WhateverTheCapacity(int capacity)
    {
        var pieces = Enumerable.Range(0, 300).Select(i => new string((char)('a' + (i % 26)), i % 7)).ToArray();
        var text = new JoinedText(capacity);
        foreach (var piece in pieces)
        {
            text.Append(piece.AsSpan());
            text.Append('|');
        }

        var expected = string.Concat(pieces.Select(p => p + "|"));
        Assert.Equal(expected.Length, text.Length);
        Assert.Equal(expected, text.ToStringAndReturn());
    }

    [Fact]
    public void AJoin_AllocatesOnlyItsString()
    {
        const int Length = 1_000;
        var piece = new string('x', 100);
        Join();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var joined = Join();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(Length, joined.Length);

        // A string of 1,000 characters is 2,022 bytes; a builder's buffer would add as much again.
        Assert.True(allocated < (Length * 2) + 64, $"{allocated} bytes");

        string Join()
        {
            var text = new JoinedText(Length);
            for (var i = 0; i < Length / piece.Length; i++)
            {
                text.Append(piece.AsSpan());
            }

            return text.ToStringAndReturn();
        }
    }

    // A quote that runs on over paragraphs is joined from its pieces and trimmed: one string, not two.
    [Fact]
    public void ATrimmedJoin_LeavesTheEndsSpaceOut_AndAllocatesOnlyItsString()
    {
        var first = Join();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var joined = Join();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal("We will build it. And we will open it.", first);
        Assert.Equal(first, joined);
        Assert.True(allocated < (first.Length * 2) + 64, $"{allocated} bytes");

        static string Join()
        {
            var text = new JoinedText(8);
            text.Append(" \u00A0We will build it. ".AsSpan());
            text.Append("And we will open it.\t ".AsSpan());
            return text.ToTrimmedStringAndReturn();
        }
    }
}
