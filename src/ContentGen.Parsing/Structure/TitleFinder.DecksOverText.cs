using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// A press release prints no byline: its place and date stand over the headline (or nothing does, on a site's news page), and
// the deck, glued under the headline without its stop, stands right over the text. The line right over the article's first
// paragraph is then the deck, and the headline is the line over it: the deck runs longer than any headline does (past
// MaxHeadlineUnderKickerWords), where a kicker glued over a headline is shorter than the headline or as long as one.
internal static partial class TitleFinder
{
    /// <summary>
    /// Whether <paramref name="blocks"/>[<paramref name="deck"/>], right over the article's text, is the deck of the headline
    /// glued over it (<see cref="IsDeckGluedUnder"/>): a clause with no stop (<see cref="Ledes.IsDeck"/>) longer than a
    /// headline runs, under a shorter candidate with function words that names no site.
    /// </summary>
    private static bool IsDeckOverText(IReadOnlyList<TextBlock> blocks, int deck)
    {
        if (deck < 1 || blocks[deck].Facts.Words <= MaxHeadlineUnderKickerWords || !Ledes.IsDeck(blocks[deck]) || !IsDeckGluedUnder(blocks, deck))
        {
            return false;
        }

        var above = blocks[deck - 1].Facts;
        return above.Words < blocks[deck].Facts.Words && above.StopwordHits > 0 && above.Phrases == 0 && IsCandidate(blocks, deck - 1)
            && !IsSiteName(blocks[deck - 1].Text) && !SignUpSentences.SpeaksToTheReader(blocks[deck - 1].Text.AsSpan());
    }
}
