using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// "Los regantes del Arba Chica aceptan turnos de noche para" / "salvar la cosecha" / "La comunidad repartirá el agua …": a
// dump wrapped the headline over two lines at its width and glued the deck under its last. The headline's first line runs
// on into the second, in lower case or after a function word ("… para" / "salvar …", "… na" / "aanvaring"), as a width
// breaks a clause anywhere; the deck opens a clause of its own on the next line. The glued-deck rules read the headline's
// two lines as one headline, its last line against the deck, as they read a headline of one line over its deck; the block
// splitter may have parted the two already (the headline's short last line ends a wrapped paragraph), and the pair is read
// the same either way. A page printed a paragraph a line breaks no headline there: only a page wrapped at a width has its
// headline read over two lines.
internal static partial class GluedDecks
{
    // A headline wrapped at a dump's width of 60 columns or more runs over two lines; a third would be longer than a headline.
    private const int MaxWrappedHeadlineLines = 2;

    /// <summary>
    /// Whether <paramref name="blocks"/>[<paramref name="deck"/>] is a deck of one or two lines glued under a headline of two
    /// lines a width wrapped (<paramref name="blocks"/>[<paramref name="deck"/> - 1]), read as a headline over a deck glued
    /// under it in one block is (<see cref="HeadlineLineCount"/>).
    /// </summary>
    public static bool IsDeckUnderWrappedHeadline(IReadOnlyList<TextBlock> blocks, int deck, string? document = null)
    {
        if (deck < 1 || blocks[deck].LineCount > MaxDeckLines)
        {
            return false;
        }

        var headline = blocks[deck - 1];
        return headline.LineCount == MaxWrappedHeadlineLines && headline.Start.Line + headline.LineCount == blocks[deck].Start.Line
            && RunningLines.GoesOn(headline.Line(0).Span.Trim(), headline.Line(1).Span.Trim())
            && ReadsAsHeadlineOverDeck(blocks, headline.Text.AsSpan().Trim(), headline.Line(1).Span.Trim(), blocks[deck], oneLineEach: false, document);
    }

    /// <summary>
    /// The number of <paramref name="title"/>'s first lines that are one headline a width wrapped: 1, or 2 when its second
    /// line goes on from its first (<see cref="RunningLines.GoesOn"/>) and a line follows both.
    /// </summary>
    private static int WrappedHeadlineLines(TextBlock title)
    {
        var lines = 1;
        while (lines < MaxWrappedHeadlineLines && lines + 1 < title.LineCount
            && RunningLines.GoesOn(title.Line(lines - 1).Span.Trim(), title.Line(lines).Span.Trim()))
        {
            lines++;
        }

        return lines;
    }
}
