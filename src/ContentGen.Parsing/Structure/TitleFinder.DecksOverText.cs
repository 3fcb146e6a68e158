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
        if (deck < 1 || !Ledes.IsDeck(blocks[deck])
            || !((blocks[deck].Facts.Words > MaxHeadlineUnderKickerWords && IsDeckGluedUnder(blocks, deck)) || IsDeckSetApartOverText(blocks, deck)))
        {
            return false;
        }

        var above = blocks[deck - 1].Facts;
        return above.Words < blocks[deck].Facts.Words && above.StopwordHits > 0 && above.Phrases == 0 && IsCandidate(blocks, deck - 1)
            && !IsSiteName(blocks[deck - 1].Text) && !SignUpSentences.SpeaksToTheReader(blocks[deck - 1].Text.AsSpan());
    }

    // Session 71, ptitle: the same deck set apart from its headline by one blank line, over the article's first paragraph with no
    // byline between ("Letzte Hausarztpraxis in Wendhagen schließt zum Quartalsende" / blank / "Dr. Sunkel findet keinen
    // Nachfolger – Gemeinde und Kreis wollen ein Zentrum prüfen" / blank / "Wendhagen. Wenn …"): a press review's or a wire's
    // copy prints its stamps above the headline, or none. Set apart, a headline under a kicker or under another story's
    // headline has the same place, so the lengths decide as for a deck set apart over the byline (IsDeckSetApart): a whole
    // headline of seven words or more on one line that stops as a headline, and a deck of one line with no stop that runs
    // past any headline's length or to half as long again as its headline, and to twice as long at most.
    private const int SetApartDeckGapLines = 2;

    private static bool IsDeckSetApartOverText(IReadOnlyList<TextBlock> blocks, int deck)
    {
        var upper = blocks[deck - 1];
        var lower = blocks[deck];
        var headline = upper.Facts.Words;
        var words = lower.Facts.Words;
        return upper.LineCount == 1 && lower.LineCount == 1 && upper.Start.Line + SetApartDeckGapLines == lower.Start.Line
            && headline >= MinHeadlineOverSetApartDeckWords && !HasWideGap(upper.Text)
            && GluedDecks.StopsAsHeadline(upper.Text.AsSpan(), lower.Text.AsSpan()) && !Punctuation.EndsSentence(lower.Text)
            && words <= headline * MaxDeckToHeadline && (words > MaxHeadlineUnderKickerWords || words * 2 >= headline * DeckToHeadlineHalves);
    }
}
