using System.Collections.Generic;

namespace ContentGen.Parsing.Text;

/// <summary>
/// The blocks a page's lines are split into, made again for each page from the blocks the pages
/// before it used: a scraped page splits into a block for each short line of its menus, and those
/// objects cost a fifth of what such a page allocated when each was new. Lent with the page's
/// other buffers (<see cref="PageBuffers"/>); a block taken from it is good until they are handed back.
/// </summary>
internal sealed class BlockPool
{
    private readonly List<TextBlock> _blocks = new();
    private int _used;

    /// <summary>How many blocks the page has taken.</summary>
    public int Used => _used;

    /// <summary>A block of the <paramref name="count"/> segments of <paramref name="segments"/> from <paramref name="start"/>.</summary>
    /// <remarks>The array is kept, not copied, so it must not change while the page is read.</remarks>
    public TextBlock Take(LineSegment[] segments, int start, int count)
    {
        if (_used < _blocks.Count)
        {
            var block = _blocks[_used++];
            block.Cover(segments, start, count);
            return block;
        }

        var made = new TextBlock(segments, start, count);
        _blocks.Add(made);
        _used++;
        return made;
    }

    /// <summary>Makes every block taken free again, holding none of the page's text.</summary>
    public void Clear()
    {
        for (var i = 0; i < _used; i++)
        {
            _blocks[i].Forget();
        }

        _used = 0;
    }
}
