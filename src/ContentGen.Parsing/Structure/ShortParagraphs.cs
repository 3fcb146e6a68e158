using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// An article printed one sentence a paragraph, as wires and many news sites print it: each paragraph is prose
/// (<see cref="BlockQuality.IsProse"/>) but too short to be plainly so (<see cref="BlockQuality.IsGood"/>, 150
/// characters), so a search for two long paragraphs finds none, and the headline is looked for all over the page.
/// Three such sentences in a row right under a byline or a dateline are the article's text begun.
/// </summary>
internal static class ShortParagraphs
{
    // Three sentences in a row, forty words at least: an article's opening, not a caption with its credit or a
    // teaser's blurb.
    private const int MinSentences = 2;
    private const int MinWords = 20;

    /// <summary>
    /// Where the article's text starts under its stamps, among the blocks before <paramref name="until"/>: the first
    /// byline or dateline of the stamps and the first of three sentences in a row (a caption may stand between) right
    /// under them; (-1, -1) when none does.
    /// </summary>
    /// <remarks>One pass over blocks whose facts are read already.</remarks>
    public static (int Stamps, int Start) UnderStamps(IReadOnlyList<TextBlock> blocks, int until)
    {
        var stamps = -1;
        var start = -1;
        var sentences = 0;
        var words = 0;
        for (var i = 0; i < until && i < blocks.Count; i++)
        {
            var facts = blocks[i].Facts;
            if (facts.IsCaption && stamps >= 0)
            {
                continue;
            }

            if (facts.IsBylineOrDate)
            {
                stamps = start >= 0 || stamps < 0 ? i : stamps;
                start = -1;
                continue;
            }

            if (stamps < 0 || !IsSentence(facts))
            {
                stamps = -1;
                start = -1;
                continue;
            }

            if (start < 0)
            {
                start = i;
                sentences = 0;
                words = 0;
            }

            sentences++;
            words += facts.Words;
            if (sentences >= MinSentences && words >= MinWords)
            {
                return (stamps, start);
            }
        }

        return (-1, -1);
    }

    // A sentence with its stop: a headline that quotes someone ("«Il rifugio resterà aperto»") ends on the quote alone,
    // and reads as prose to the body's rules.
    private static bool IsSentence(BlockFacts facts)
        => (facts.IsGood || (BlockQuality.IsProse(facts) && Punctuation.EndsSentence(facts.Text))) && !facts.IsTerminator;
}
