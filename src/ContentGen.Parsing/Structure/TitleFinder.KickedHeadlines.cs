using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// "Na jarenlange ruzie over de locatie" / "Holderbeek bouwt nieuwe brandweerkazerne aan de Zagerijweg", glued, then set apart
// "De gemeenteraad trekt 2,4 miljoen euro uit, de bouw moet in het najaar beginnen" over the byline: a deck more than twice
// its headline's words is read as a long headline under a teaser (IsDeckSetApart), but a kicker glued over the upper line
// (a Dachzeile, an occhiello, a bovenkop: a phrase shorter than the headline, with no stop) marks that line as the headline,
// as three lines printed together do. Dutch and German decks run long beside a compact headline; a deck runs to three times
// its headline's words at most, a paragraph's standfirst past that.
internal static partial class TitleFinder
{
    private const int MaxDeckToKickedHeadline = 3;

    /// <summary>
    /// Whether <paramref name="blocks"/>[<paramref name="deck"/>], a deck over the byline (<see cref="Ledes.IsDeckOverByline"/>),
    /// is set apart under a one-line headline of seven words or more with a shorter one-line kicker glued over it, and runs
    /// from half as long again as that headline to three times as long.
    /// </summary>
    private static bool IsDeckUnderKickedHeadline(IReadOnlyList<TextBlock> blocks, int deck)
    {
        if (deck < 2)
        {
            return false;
        }

        var kicker = blocks[deck - 2];
        var headline = blocks[deck - 1];
        var words = headline.Facts.Words;
        return kicker.LineCount == 1 && headline.LineCount == 1 && Glued(kicker, headline) && !Glued(headline, blocks[deck])
            && kicker.Facts.Words < words && !Punctuation.EndsWithClause(kicker.Text) && !HasWideGap(kicker.Text) && !PageLines.IsBreadcrumb(kicker.Text)
            && words >= MinHeadlineOverSetApartDeckWords
            && blocks[deck].Facts.Words * 2 >= words * DeckToHeadlineHalves && blocks[deck].Facts.Words <= words * MaxDeckToKickedHeadline;
    }
}
