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
    {
        _segments = new LineSegment[segments.Count];
        _segmentStarts = new int[segments.Count];
        if (segments.Count == 1)
        {
            // A block of one line is that line: no copy.
            _segments[0] = segments[0];
            Text = segments[0].Text;
            return;
        }

        var length = segments.Count - 1;
        foreach (var segment in segments)
        {
            length += segment.Text.Length;
        }

        var text = new StringBuilder(length);
        for (var i = 0; i < segments.Count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            _segments[i] = segments[i];
            _segmentStarts[i] = text.Length;
            text.Append(segments[i].Text);
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
