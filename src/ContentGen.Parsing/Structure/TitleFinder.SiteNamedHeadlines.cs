using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// "Freguesia de Gondarém abre centro de dia na antiga escola primária – Jornal do Vale do Ovelha" / blank / "Obra custou 380
// mil euros e vai receber 25 idosos a partir de abril" / blank / the byline: the deck stands nearer the byline and outscores
// the headline, and counted with the site's name the headline is longer than its deck, which no headline over a deck is.
// A page prints its name beside its headline, never beside a deck, a kicker or another story's teaser: the site's name
// marks the line as the headline, as a kicker in capitals over it does. Its words are weighed without the name.
internal static partial class TitleFinder
{
    /// <summary>
    /// Whether <paramref name="blocks"/>[<paramref name="deck"/>], a deck over the byline (<see cref="Ledes.IsDeckOverByline"/>),
    /// stands under a one-line headline printed with the site's name after a separator, whose own words (seven or more, the
    /// name aside) are fewer than the deck's, below the page's first block: the headline's deck, not a headline printed under
    /// the browser's title.
    /// </summary>
    private static bool IsDeckUnderSiteNamedHeadline(IReadOnlyList<TextBlock> blocks, int deck)
    {
        // The page's first line with the site's name is its browser title, which may stand right over the printed headline.
        var upper = blocks[deck - 1];
        if (deck < 2 || upper.LineCount != 1 || !WithSiteName(upper) || upper.Facts.StopwordHits == 0)
        {
            return false;
        }

        var headlineWords = Words.Count(TitleSplitter.Split(upper.Text).Title);
        return headlineWords >= MinHeadlineOverSetApartDeckWords && headlineWords < blocks[deck].Facts.Words;
    }
}
