using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Seeds;

/// <summary>
/// Turns offsets into the seed's text into line and column positions, for readers (YAML,
/// Markdown) that report offsets, with lines counted as the text reader counts them.
/// </summary>
internal sealed class PositionMap
{
    private readonly int[] _starts;

    public PositionMap(string text)
    {
        var lines = SourceLine.Split(text);
        _starts = new int[lines.Count == 0 ? 1 : lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            _starts[i] = lines[i].Offset;
        }

        Length = text.Length;
    }

    /// <summary>The text's length: offsets are clamped to it.</summary>
    public int Length { get; }

    /// <summary>The position of the character at <paramref name="offset"/>.</summary>
    public TextPosition At(int offset)
    {
        offset = offset < 0 ? 0 : offset > Length ? Length : offset;
        var found = System.Array.BinarySearch(_starts, offset);
        var line = found >= 0 ? found : ~found - 1;
        line = line < 0 ? 0 : line;
        return new TextPosition(offset, line + 1, offset - _starts[line] + 1);
    }
}
