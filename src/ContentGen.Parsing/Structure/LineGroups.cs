using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// The groups of lines a page is read in, gathered line by line: every group's segments stand in
/// one array, in order, and a group is a range of it. An array and a growing list per group cost
/// more than the segments they held on a page of many short groups.
/// </summary>
internal sealed class LineGroups
{
    // Segments are gathered in one array per thread, then copied once, at their number, into the
    // array the blocks keep. One grown past MaxKeptSegments by a huge page is left to the collector.
    [ThreadStatic]
    private static LineSegment[]? t_gathering;
    private const int MaxKeptSegments = 1 << 14;
    private const int InitialSegments = 256;

    private readonly List<(int Start, int Count)> _ranges = new();
    private LineSegment[] _segments;
    private int _count;
    private int _groupStart;

    public LineGroups()
    {
        _segments = t_gathering ?? new LineSegment[InitialSegments];
        t_gathering = null;
    }

    /// <summary>How many lines the group being gathered has.</summary>
    public int CurrentCount => _count - _groupStart;

    /// <summary>The line <paramref name="index"/> of the group being gathered.</summary>
    public LineSegment Current(int index) => _segments[_groupStart + index];

    /// <summary>Adds <paramref name="segment"/> to the group being gathered.</summary>
    public void Add(LineSegment segment)
    {
        if (_count == _segments.Length)
        {
            Array.Resize(ref _segments, _count * 2);
        }

        _segments[_count++] = segment;
    }

    /// <summary>Drops the lines of the group being gathered.</summary>
    public void ClearCurrent() => _count = _groupStart;

    /// <summary>Ends the group being gathered, if it has any line.</summary>
    public void EndGroup()
    {
        if (_count > _groupStart)
        {
            _ranges.Add((_groupStart, _count - _groupStart));
            _groupStart = _count;
        }
    }

    /// <summary>
    /// Ends the last group and gives every segment in one array, with each group's range of it.
    /// The gatherer is done: its room serves the next page read on the thread.
    /// </summary>
    public (LineSegment[] Segments, List<(int Start, int Count)> Groups) Finish()
    {
        EndGroup();
        var segments = new LineSegment[_count];
        Array.Copy(_segments, segments, _count);
        if (_segments.Length <= MaxKeptSegments)
        {
            // The segments hold the page's text: the room is handed on empty.
            Array.Clear(_segments, 0, _count);
            t_gathering = _segments;
        }

        _segments = Array.Empty<LineSegment>();
        _count = 0;
        _groupStart = 0;
        return (segments, _ranges);
    }
}
