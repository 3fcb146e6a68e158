using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Text;

/// <summary>
/// Consecutive line segments read as one unit of text, joined by single spaces, that can
/// map any index in the joined text back to its line and column in the document.
/// </summary>
internal sealed class TextBlock
{
    // The block's lines are _segments[_first] to _segments[_first + _count - 1]: over a group's
    // array, the group's own (groups are never changed once made), otherwise a copy.
    private LineSegment[] _segments;
    private int _first;
    private int _count;

    /// <summary>The block's facts, kept here and read through <see cref="Facts"/>: see <see cref="Structure.BlockFacts"/>.</summary>
    internal Structure.BlockFacts.Data FactData;

    // Where each line starts in Text, for a block of several lines: made when a position is first
    // asked for (a quote's, a problem's), which most blocks never are.
    private int[]? _lineStarts;

    public TextBlock(IReadOnlyList<LineSegment> segments)
        : this(segments, 0, segments.Count)
    {
    }

    /// <summary>A block of the <paramref name="count"/> segments from <paramref name="start"/>: a group's block needs no list of its own.</summary>
    /// <remarks>An array of segments is kept, not copied, so it must not change afterwards.</remarks>
    public TextBlock(IReadOnlyList<LineSegment> segments, int start, int count)
    {
        if (segments is LineSegment[] array)
        {
            _segments = array;
            _first = start;
        }
        else
        {
            _segments = new LineSegment[count];
            for (var i = 0; i < count; i++)
            {
                _segments[i] = segments[start + i];
            }
        }

        _count = count;
        Text = Join(_segments, _first, count);
    }

    /// <summary>The index of the block's first line in the array of segments it was made over.</summary>
    internal int FirstSegment => _first;

    /// <summary>The block's line at <paramref name="index"/> (0 for its first).</summary>
    internal LineSegment Line(int index) => _segments[_first + index];

    /// <summary>A block of <paramref name="count"/> of this block's lines from <paramref name="start"/>, over the same segments.</summary>
    internal TextBlock Lines(int start, int count) => new(_segments, _first + start, count);

    /// <summary>
    /// Makes this block, which its page no longer reads, the block of <paramref name="count"/>
    /// segments of <paramref name="segments"/> from <paramref name="start"/>, with nothing kept from before.
    /// </summary>
    /// <remarks>For <see cref="BlockPool"/>; the array is kept, not copied, as by the constructor.</remarks>
    internal void Cover(LineSegment[] segments, int start, int count)
    {
        _segments = segments;
        _first = start;
        _count = count;
        FactData = default;
        _lineStarts = null;
        Text = Join(segments, start, count);
    }

    /// <summary>Lets go of the page: the block holds no text and no lines until it is made another's.</summary>
    internal void Forget()
    {
        _segments = Array.Empty<LineSegment>();
        _first = 0;
        _count = 0;
        FactData = default;
        _lineStarts = null;
        Text = string.Empty;
    }

    // The lines' text, joined by single spaces; a block of one line is that line's text.
    private static string Join(LineSegment[] segments, int start, int count)
    {
        if (count == 1)
        {
            return segments[start].ToString();
        }

        var length = count - 1;
        for (var i = 0; i < count; i++)
        {
            length += segments[start + i].Length;
        }

        var text = new JoinedText(length);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            text.Append(segments[start + i].Span);
        }

        return text.ToStringAndReturn();
    }

    /// <summary>The joined text.</summary>
    public string Text { get; private set; }

    /// <summary>What the structure rules measured about the block, read once on first use.</summary>
    public Structure.BlockFacts Facts => new(this);

    /// <summary>How many source lines the block spans.</summary>
    public int LineCount => _count;

    /// <summary>Where the block starts.</summary>
    public TextPosition Start => _segments[_first].Start;

    /// <summary>The document position of the character at <paramref name="index"/> in <see cref="Text"/>.</summary>
    public TextPosition PositionAt(int index)
    {
        if (_count == 1)
        {
            return _segments[_first].PositionAt(index);
        }

        var starts = _lineStarts ??= LineStarts();
        var found = Array.BinarySearch(starts, index);
        var line = found >= 0 ? found : ~found - 1;
        return _segments[_first + line].PositionAt(index - starts[line]);
    }

    // Where each line starts in Text, where the lines stand joined by single spaces.
    private int[] LineStarts()
    {
        var starts = new int[_count];
        for (var i = 1; i < _count; i++)
        {
            starts[i] = starts[i - 1] + _segments[_first + i - 1].Length + 1;
        }

        return starts;
    }
}
