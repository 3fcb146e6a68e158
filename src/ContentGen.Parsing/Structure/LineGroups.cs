using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// The groups of lines a page is read in, gathered line by line: every group's segments stand in
/// one array, in order, and a group is a range of it. An array and a growing list per group cost
/// more than the segments they held on a page of many short groups; the array is the page's
/// buffers' (<see cref="PageBuffers"/>), not a copy.
/// </summary>
internal sealed class LineGroups
{
    private readonly PageBuffers _buffers;
    private readonly List<(int Start, int Count)> _ranges;
    private int _count;
    private int _groupStart;

    /// <summary>Gathers into <paramref name="buffers"/>' segments, which the page's blocks then read in place.</summary>
    public LineGroups(PageBuffers buffers)
    {
        _buffers = buffers;
        _ranges = buffers.Groups;
    }

    /// <summary>Gathers into segments of its own.</summary>
    public LineGroups()
        : this(new PageBuffers())
    {
    }

    /// <summary>How many lines the group being gathered has.</summary>
    public int CurrentCount => _count - _groupStart;

    /// <summary>How many segments were gathered: the index the next one added takes.</summary>
    public int Gathered => _count;

    /// <summary>The line <paramref name="index"/> of the group being gathered.</summary>
    public LineSegment Current(int index) => _buffers.Segments[_groupStart + index];

    /// <summary>Adds <paramref name="segment"/> to the group being gathered.</summary>
    public void Add(LineSegment segment)
    {
        if (_count == _buffers.Segments.Length)
        {
            _buffers.GrowSegments(_count + 1);
        }

        _buffers.Segments[_count++] = segment;
        _buffers.SegmentsGathered(_count);
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
    /// Ends the last group and gives the segments, with each group's range of them. The array is
    /// the buffers': longer than the segments, and theirs until the buffers are handed back.
    /// </summary>
    public (LineSegment[] Segments, List<(int Start, int Count)> Groups) Finish()
    {
        EndGroup();
        return (_buffers.Segments, _ranges);
    }
}
