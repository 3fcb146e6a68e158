using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// "La funivia del Monte Corvo riapre dopo la revisione ventennale" / blank / "Gli impianti tornano in funzione sabato 22
// marzo: nuove cabine e tempi di salita ridotti a sette minuti" / blank / the date: a deck printed without its stop, set
// apart under the headline, stands nearer the dateline than the headline does and outscores it. Nothing but the two lines'
// lengths tells it from a headline under a kicker or under another story's headline: a deck runs from half as long again
// as its headline to twice as long, a sentence or so under a whole headline. A kicker of a few words, or a teaser over a
// long headline ("Bürgerfest am Hafen fällt aus" over a headline of nineteen words), stands outside that band.
internal static partial class TitleFinder
{
    // A set-apart deck runs to at least three halves of its headline's words (DeckToHeadlineHalves / 2), and at most twice
    // as many (MaxDeckToHeadline): longer, the upper line is a teaser's or a kicker's over a long headline.
    private const int DeckToHeadlineHalves = 3;
    private const int MaxDeckToHeadline = 2;

    // A headline over a deck says a whole thing ("La funivia del Monte Corvo riapre dopo la revisione ventennale"); a kicker
    // of four to six words over a long headline ("Storm season on the coast") has the same profile, and keeps the title below.
    private const int MinHeadlineOverSetApartDeckWords = 7;

    /// <summary>
    /// Whether <paramref name="blocks"/>[<paramref name="deck"/>], a deck over the byline (<see cref="Ledes.IsDeckOverByline"/>),
    /// is set apart by a blank line under the full headline right above it and runs from half as long again as that headline to twice as long:
    /// the headline's deck, not a headline under a kicker.
    /// </summary>
    private static bool IsDeckSetApart(IReadOnlyList<TextBlock> blocks, int deck)
    {
        var headline = blocks[deck - 1].Facts;
        return !Glued(blocks[deck - 1], blocks[deck]) && headline.Words >= MinHeadlineOverSetApartDeckWords && !HasWideGap(blocks[deck - 1].Text)
            && blocks[deck].Facts.Words * 2 >= headline.Words * DeckToHeadlineHalves && blocks[deck].Facts.Words <= headline.Words * MaxDeckToHeadline;
    }

    // "Aceptar y cerrar  Rechazar  Configurar": buttons parted by two spaces or more; a headline is one phrase.
    private static bool HasWideGap(string text) => text.IndexOf("  ", StringComparison.Ordinal) >= 0;
}
