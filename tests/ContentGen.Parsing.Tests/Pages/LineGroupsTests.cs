using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A page's groups of lines are gathered into one array of segments, each group a range of it:
/// empty groups are none, a dropped group leaves nothing behind, and the buffers lent to one
/// page never show its lines to the next.
/// </summary>
public sealed class LineGroupsTests
{
    private const string Page = "a\nb\nc\nd\ne";

    private static LineSegment[] Segments()
        => SourceLine.Split(Page).Select(line => new LineSegment(line, Page)).ToArray();

    [Fact]
    public void Groups_AreRangesOfOneArray_InOrder_AndEmptyGroupsAreNone()
    {
        var lines = Segments();
        var groups = new LineGroups();
        groups.EndGroup();
        groups.Add(lines[0]);
        groups.Add(lines[1]);
        groups.EndGroup();
        groups.EndGroup();
        groups.Add(lines[2]);

        var (segments, ranges) = groups.Finish();

        Assert.Equal(["a", "b", "c"], Texts(segments, ranges));
        Assert.Equal([(0, 2), (2, 1)], ranges);
    }

    [Fact]
    public void TheGroupBeingGathered_CanBeReadAndDropped()
    {
        var lines = Segments();
        var groups = new LineGroups();
        groups.Add(lines[0]);
        groups.EndGroup();
        groups.Add(lines[1]);
        groups.Add(lines[2]);

        Assert.Equal(2, groups.CurrentCount);
        Assert.Equal("c", groups.Current(1).ToString());
        groups.ClearCurrent();
        Assert.Equal(0, groups.CurrentCount);
        groups.Add(lines[3]);

        var (segments, ranges) = groups.Finish();

        Assert.Equal(["a", "d"], Texts(segments, ranges));
        Assert.Equal([(0, 1), (1, 1)], ranges);
    }

    [Fact]
    public void ThePagesAfter_StartEmpty_WhateverTheRoomTheFirstGrew()
    {
        var lines = Segments();
        var buffers = PageBuffers.Rent();
        var first = new LineGroups(buffers);
        for (var i = 0; i < 1_000; i++)
        {
            first.Add(lines[i % lines.Length]);
        }

        var (big, bigRanges) = first.Finish();
        Assert.Equal(1_000, Texts(big, bigRanges).Count);
        buffers.Return();

        var again = PageBuffers.Rent();
        var second = new LineGroups(again);
        second.Add(lines[4]);
        var (segments, ranges) = second.Finish();

        Assert.Same(buffers, again);
        Assert.Equal(["e"], Texts(segments, ranges));
        Assert.Equal([(0, 1)], ranges);
        Assert.All(segments.Skip(1).Take(999), segment => Assert.Equal(default, segment));
        again.Return();
    }

    [Fact]
    public void AReadingWithinAReading_GetsBuffersOfItsOwn()
    {
        var outer = PageBuffers.Rent();
        var inner = PageBuffers.Rent();

        Assert.NotSame(outer, inner);
        inner.Return();
        outer.Return();
    }

    private static List<string> Texts(LineSegment[] segments, List<(int Start, int Count)> ranges)
        => ranges.SelectMany(range => segments.Skip(range.Start).Take(range.Count)).Select(segment => segment.ToString()).ToList();
}
