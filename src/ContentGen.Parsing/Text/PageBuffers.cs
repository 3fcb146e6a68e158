using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Text;

/// <summary>
/// The lists a page is read into, one line and one segment for each of its lines: lent by the
/// thread for one reading (<see cref="ArticleParser.Parse"/>) and handed back at its end. A page
/// of many short lines (a scraped page's menus) cost more in these than in its model, when each
/// page made its own. A reading that starts while another is under way on the thread gets lists
/// of its own, so no page ever reads another's.
/// </summary>
internal sealed class PageBuffers
{
    // Lists grown past this by a huge page are left to the collector, not kept for the next: the
    // compiler's threads live as long as its server, and each keeps what it was lent (at this
    // size, about a quarter of a megabyte). Scraped pages run to a few hundred lines.
    private const int MaxKeptLines = 1 << 12;
    private const int InitialLines = 256;

    [ThreadStatic]
    private static PageBuffers? t_free;

    private int _segmentsUsed;

    /// <summary>The page's lines (<see cref="SourceLine.Split(string, List{SourceLine})"/>).</summary>
    public List<SourceLine> Lines { get; } = new(InitialLines);

    /// <summary>The page's segments, gathered by <see cref="Structure.LineGroups"/>, which the page's blocks read in place.</summary>
    public LineSegment[] Segments { get; private set; } = new LineSegment[InitialLines];

    /// <summary>The page's groups of lines, as ranges of <see cref="Segments"/>, gathered by <see cref="Structure.LineGroups"/>.</summary>
    public List<(int Start, int Count)> Groups { get; } = new(InitialLines);

    /// <summary>The lists and sets the page's body is read into (<see cref="Structure.BodyReader"/>).</summary>
    public Structure.BodyBuffers Body { get; } = new();

    /// <summary>The lists, sets and maps the page's name facts are read into (<see cref="Speakers.NamePlausibility"/>).</summary>
    public Speakers.NameBuffers Names { get; } = new();

    /// <summary>The problems found in the page, before the model takes a copy of them.</summary>
    public List<Problem> Problems { get; } = new();

    /// <summary>Takes the thread's free lists, or new ones when a reading already holds them.</summary>
    public static PageBuffers Rent()
    {
        var buffers = t_free ?? new PageBuffers();
        t_free = null;
        return buffers;
    }

    /// <summary>Makes room for at least <paramref name="count"/> segments, keeping those gathered.</summary>
    public void GrowSegments(int count)
    {
        var segments = Segments;
        Array.Resize(ref segments, Math.Max(count, Segments.Length * 2));
        Segments = segments;
    }

    /// <summary>Records how many segments the page has written so far, for <see cref="Return"/> to empty, whatever stops the reading.</summary>
    public void SegmentsGathered(int count) => _segmentsUsed = Math.Max(_segmentsUsed, count);

    /// <summary>
    /// Hands the lists back to the thread, emptied: segments hold the page's text, which must not
    /// live on in them. Nothing read from them may be used after this.
    /// </summary>
    public void Return()
    {
        if (Lines.Capacity > MaxKeptLines || Segments.Length > MaxKeptLines || Groups.Capacity > MaxKeptLines || Problems.Count > MaxKeptLines || Body.MostItems > MaxKeptLines || Names.MostItems > MaxKeptLines)
        {
            return;
        }

        Body.Clear();
        Names.Clear();
        Problems.Clear();
        Lines.Clear();
        Groups.Clear();
        Array.Clear(Segments, 0, _segmentsUsed);
        _segmentsUsed = 0;
        t_free = this;
    }
}
