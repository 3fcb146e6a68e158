using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A dumped page's deck printed without its stop right under the headline, whole or split in two: "De stichting Samen
/// Heikant neemt het gebouw over" / blank / "De gemeente verkoopt het dorpshuis voor één euro, op voorwaarde dat …". Under
/// it stands the byline or the article's first paragraph; the deck is the article's standfirst, not chrome, as a deck
/// right over the byline is (<see cref="Ledes.IsDeckOverByline"/>).
/// </summary>
internal static class StandfirstDecks
{
    // A deck is printed in one part, or split in two; more stop-less clauses in a row are a list of other stories.
    private const int MaxParts = 2;

    // The body starts under the headline's block and at least one block of chrome above it.
    private const int MinStart = 2;

    /// <summary>
    /// Whether <paramref name="blocks"/>[<paramref name="index"/>] is a part of the deck that opens the body at
    /// <paramref name="start"/>: one or two decks (<see cref="Ledes.IsDeck"/>) in a row from there, then the byline or the
    /// article's first paragraph, prose that ends as a sentence.
    /// </summary>
    /// <remarks>A line with a sentence's stop inside it ("Le marché couvert, fermé depuis l'incendie. Photo Le Courrier du
    /// Val") is a photo's caption and its credit, not a deck's clause.</remarks>
    public static bool IsPart(IReadOnlyList<TextBlock> blocks, int index, int start)
    {
        // A page that begins with its headline (a plain article, a scrape that cut the header off) keeps the plain reading of
        // the line under it: this reads a scraped page, with its header's chrome above the headline.
        if (index < start || index >= start + MaxParts || start < MinStart)
        {
            return false;
        }

        var end = start;
        while (end < blocks.Count && end < start + MaxParts && Ledes.IsDeck(blocks[end]) && !Punctuation.HasStopInside(blocks[end].Text.AsSpan(), lettersBefore: 1))
        {
            end++;
        }

        return index < end
            && (Ledes.OverTheByline(blocks, end - 1)
                || (end < blocks.Count && LooseProse.IsProse(blocks[end].Facts) && BlockQuality.EndsLikeSentence(blocks[end].Text)));
    }
}
