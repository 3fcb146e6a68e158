using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// "Ferry crews vote to strike over the winter timetable" / "Union says the new rota leaves four night crossings without a
// relief skipper", glued with no blank line between: a deck printed without its stop and longer than its headline, so the
// dump's width rule already parted the two lines. The deck stands nearer the byline and outscores the headline. A kicker
// glued over a headline has the same shape ("Nach jahrelangem Streit um den Standort" / "Hollerbach baut …"): a kicker is a
// phrase of a few words, a headline a whole clause of seven words or more, as for a deck set apart (IsDeckSetApart).
internal static partial class TitleFinder
{
    /// <summary>
    /// Whether <paramref name="blocks"/>[<paramref name="deck"/>], a deck over the byline (<see cref="Ledes.IsDeckOverByline"/>),
    /// is one line glued under a one-line headline of seven words or more, with no stop at its end and at most twice the
    /// headline's words: the headline's deck, not a headline under a kicker.
    /// </summary>
    private static bool IsDeckGluedUnder(IReadOnlyList<TextBlock> blocks, int deck)
    {
        var upper = blocks[deck - 1];
        var lower = blocks[deck];
        var headline = upper.Facts;
        return upper.LineCount == 1 && lower.LineCount == 1 && Glued(upper, lower) && headline.Words >= MinHeadlineOverSetApartDeckWords
            && !HasWideGap(upper.Text) && GluedDecks.StopsAsHeadline(upper.Text.AsSpan(), lower.Text.AsSpan()) && !Punctuation.EndsSentence(lower.Text) && lower.Facts.Words <= headline.Words * MaxDeckToHeadline;
    }
}
