using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A page's groups of lines are gathered into one array of segments, each group a range of it:
/// empty groups are none, a dropped group leaves nothing behind, and the room gathered for one
/// page never leaks into the next.
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

        Assert.Equal(["a", "b", "c"], segments.Select(segment => segment.ToString()));
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

        Assert.Equal(["a", "d"], segments.Select(segment => segment.ToString()));
        Assert.Equal([(0, 1), (1, 1)], ranges);
    }

    [Fact]
    public void ThePagesAfter_StartEmpty_WhateverTheRoomTheFirstGrew()
    {
        var lines = Segments();
        var first = new LineGroups();
        for (var i = 0; i < 1_000; i++)
        {
            first.Add(lines[i % lines.Length]);
        }

        var (big, _) = first.Finish();
        var second = new LineGroups();
        second.Add(lines[4]);
        var (segments, ranges) = second.Finish();

        Assert.Equal(1_000, big.Length);
        Assert.Equal(["e"], segments.Select(segment => segment.ToString()));
        Assert.Equal([(0, 1)], ranges);
    }
}
