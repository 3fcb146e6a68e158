using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// "Los regantes aceptan turnos de noche para salvar la cosecha" / "La comunidad repartirá el agua en tres turnos de ocho
// horas" glued under it / blank / "Los campos de alfalfa se quedarán sin riego hasta que llueva, …": a deck the page split
// in two, its first half glued under the headline with no stop, its second set apart over the byline. The second half
// stands nearest the byline and outscores the headline; the first half, right above it,
// reads as a headline over a deck set apart. The headline is the line the first half is glued under, in one block with it
// (GluedDecks.Under, which parts them once the title is found); both halves then open the body (StandfirstDecks). Where
// the two lines stand in blocks of their own, or the second half stands over the article's first paragraph instead of the
// byline, they are as often two other stories' headlines over the page's own: left to the other rules.
internal static partial class TitleFinder
{
    /// <summary>
    /// The headline's block when <paramref name="blocks"/>[<paramref name="deck"/>] is the second half of a deck split in two
    /// under it, the first half glued under the headline; else -1.
    /// </summary>
    private static int HeadlineOverSplitDeck(IReadOnlyList<TextBlock> blocks, int deck, string document)
    {
        if (deck < 1 || Glued(blocks[deck - 1], blocks[deck]) || !Ledes.IsDeckOverByline(blocks, deck))
        {
            return -1;
        }

        // The second half runs half as long again as the headline at least, as a deck set apart does (IsDeckSetApart): a
        // headline under two other stories' headlines glued together is no longer than they are.
        // The headline a width wrapped over two lines, parted from the first half glued under it (GluedDecks.WrappedHeadlines).
        if (deck >= 2 && GluedDecks.IsDeckUnderWrappedHeadline(blocks, deck - 1, document)
            && blocks[deck].Facts.Words * 2 >= blocks[deck - 2].Facts.Words * DeckToHeadlineHalves)
        {
            return deck - 2;
        }

        // The headline may run over two lines a width wrapped (GluedDecks.WrappedHeadlines), the first half on the line under them.
        var above = blocks[deck - 1];
        var headlineLines = above.LineCount - 1;
        return headlineLines >= 1 && blocks[deck].Facts.Words * 2 >= Words.Count(above.Lines(0, headlineLines).Text.AsSpan(), int.MaxValue) * DeckToHeadlineHalves
            && GluedDecks.HeadlineLineCount(blocks, deck - 1) == headlineLines
            ? deck - 1
            : -1;
    }
}
