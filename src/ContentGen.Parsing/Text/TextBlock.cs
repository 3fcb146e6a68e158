using System.Collections.Generic;
using System.Text;

namespace ContentGen.Parsing.Text;

/// <summary>
/// Consecutive line segments read as one unit of text, joined by single spaces, that can
/// map any index in the joined text back to its line and column in the document.
/// </summary>
internal sealed class TextBlock
{
    private readonly LineSegment[] _segments;
    private readonly int[] _segmentStarts;
    private Structure.BlockFacts? _facts;

    public TextBlock(IReadOnlyList<LineSegment> segments)
        : this(segments, 0, segments.Count)
    {
    }

    /// <summary>A block of the <paramref name="count"/> segments from <paramref name="start"/>: a group's block needs no list of its own.</summary>
    public TextBlock(IReadOnlyList<LineSegment> segments, int start, int count)
    {
        _segments = new LineSegment[count];
        _segmentStarts = new int[count];
        if (count == 1)
        {
            // A block of one line is that line: no copy.
            _segments[0] = segments[start];
            Text = segments[start].Text;
            return;
        }

        var length = count - 1;
        for (var i = 0; i < count; i++)
        {
            length += segments[start + i].Text.Length;
        }

        var text = new StringBuilder(length);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            _segments[i] = segments[start + i];
            _segmentStarts[i] = text.Length;
            text.Append(segments[start + i].Text);
        }

        Text = text.ToString();
    }

    /// <summary>The joined text.</summary>
    public string Text { get; }

    /// <summary>What the structure rules measured about the block, read once on first use.</summary>
    public Structure.BlockFacts Facts => _facts ??= new Structure.BlockFacts(this);

    /// <summary>How many source lines the block spans.</summary>
    public int LineCount => _segments.Length;

    /// <summary>Where the block starts.</summary>
    public TextPosition Start => _segments[0].Start;

    /// <summary>The document position of the character at <paramref name="index"/> in <see cref="Text"/>.</summary>
    public TextPosition PositionAt(int index)
    {
        var found = System.Array.BinarySearch(_segmentStarts, index);
        var segment = found >= 0 ? found : ~found - 1;

        return _segments[segment].PositionAt(index - _segmentStarts[segment]);
    }
}
