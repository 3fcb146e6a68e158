using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Seeds;

/// <summary>
/// Turns offsets into the seed's text into line and column positions, for readers (YAML,
/// Markdown) that report offsets, with lines counted as the text reader and the compiler count
/// them: at CR, LF, CRLF, NEL, LS and PS.
/// </summary>
internal sealed class PositionMap
{
    private readonly int[] _starts;

    public PositionMap(string text)
    {
        // As SourceLine.Split: a leading byte order mark is skipped.
        var starts = new List<int> { text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0 };
        for (var i = starts[0]; i < text.Length; i++)
        {
            var c = text[i];
            if ((c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')) || c == '\n' || SourceLine.IsUnicodeBreak(c))
            {
                starts.Add(i + 1);
            }
        }

        _starts = starts.ToArray();
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
