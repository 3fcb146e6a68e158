using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// "Los regantes de la vega tendrán un 40% menos de agua este verano por la sequía" / blank / "La confederación recorta la
// dotación por tercer año consecutivo" / "Las comunidades de regantes anuncian que recurrirán la decisión" / blank / the
// byline: a deck printed as points, one stop-less clause a line, glued together under the headline set apart above them.
// The points stand nearer the byline and outscore the headline, and the first of them then reads as a headline over a
// glued deck (GluedDecks). Each point is a short clause of its own, shorter than the headline; a headline glued over its
// deck has the deck run longer than it (IsDeckGluedUnder), so a line set apart over that pair is another story's.
internal static partial class TitleFinder
{
    // Points are two or three lines; a point is a clause of five words or more.
    private const int MinDeckPoints = 2;
    private const int MaxDeckPoints = 3;
    private const int MinDeckPointWords = 5;

    /// <summary>
    /// The headline's block when <paramref name="blocks"/>[<paramref name="last"/>] ends a deck printed as points over the
    /// byline: two or three glued lines, each a stop-less clause shorter than the one-line headline set apart above them;
    /// else -1.
    /// </summary>
    private static int HeadlineOverDeckPoints(IReadOnlyList<TextBlock> blocks, int last)
    {
        if (last < 1 || !Ledes.OverTheByline(blocks, last))
        {
            return -1;
        }

        // The points may be one block of their lines or a block a line, glued.
        var first = last;
        while (first > 0 && blocks[first - 1].LineCount == 1 && Glued(blocks[first - 1], blocks[first]) && Ledes.IsDeck(blocks[first - 1]))
        {
            first--;
        }

        var lines = 0;
        for (var k = first; k <= last; k++)
        {
            lines += blocks[k].LineCount;
        }

        if (first < 1 || lines < MinDeckPoints || lines > MaxDeckPoints || !Ledes.IsDeck(blocks[last]) || Glued(blocks[first - 1], blocks[first]))
        {
            return -1;
        }

        var headline = blocks[first - 1];
        var words = headline.Facts.Words;
        if (headline.LineCount != 1 || words < MinHeadlineOverSetApartDeckWords || HasWideGap(headline.Text) || !IsCandidate(blocks, first - 1)
            || IsSiteName(headline.Text) || Punctuation.EndsSentence(headline.Text))
        {
            return -1;
        }

        for (var k = first; k <= last; k++)
        {
            for (var i = 0; i < blocks[k].LineCount; i++)
            {
                var line = blocks[k].Line(i).Span;
                var count = Words.Count(line, int.MaxValue);
                if (count < MinDeckPointWords || count >= words || Punctuation.IsTerminal(line[line.Length - 1]) || !char.IsUpper(line[0]))
                {
                    return -1;
                }
            }
        }

        return first - 1;
    }

    /// <summary>
    /// Parts a deck printed as points in one block under the title <paramref name="title"/> into a block a point, so that
    /// each point opens the body as a paragraph of its own rather than one run-on line.
    /// </summary>
    public static void SplitDeckPoints(List<TextBlock> blocks, int title)
    {
        var points = title + 1;
        if (points >= blocks.Count || blocks[points].LineCount < MinDeckPoints || HeadlineOverDeckPoints(blocks, points) != title)
        {
            return;
        }

        var block = blocks[points];
        blocks[points] = block.Lines(0, 1);
        for (var i = 1; i < block.LineCount; i++)
        {
            blocks.Insert(points + i, block.Lines(i, 1));
        }
    }
}
