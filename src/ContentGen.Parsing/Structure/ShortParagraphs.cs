using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// An article printed one sentence a paragraph, as wires and many news sites print it: each paragraph is prose
/// (<see cref="BlockQuality.IsProse"/>) but too short to be plainly so (<see cref="BlockQuality.IsGood"/>, 150
/// characters), so a search for two long paragraphs finds none near the top, and the headline is looked for too low.
/// Two such sentences in a row (twenty words) right under a byline or a dateline are the article's text begun.
/// </summary>
internal static class ShortParagraphs
{
    // Two sentences in a row, twenty words at least: an article's opening (a reporter's line and a quotation), not a
    // caption with its credit or a one-sentence blurb.
    private const int MinSentences = 2;
    private const int MinWords = 20;

    /// <summary>
    /// Where the article's text starts under its stamps, among the blocks before <paramref name="until"/>: the first
    /// byline or dateline of the stamps and the first of two sentences in a row (a caption may stand between) right under
    /// them, the run nearest <paramref name="until"/> (a teaser above the article, its date over a blurb of two sentences,
    /// is no article's); (-1, -1) when none does.
    /// </summary>
    /// <remarks>One pass over blocks whose facts are read already.</remarks>
    public static (int Stamps, int Start) UnderStamps(IReadOnlyList<TextBlock> blocks, int until)
    {
        var stamps = -1;
        var start = -1;
        var sentences = 0;
        var words = 0;
        var found = (-1, -1);
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

            // A long paragraph of two sentences or more, ended by its stop, is an article's opening as two short ones are ("… opens
            // a new library at last. The old one dated from 1998 …" under the stamps, a subheading under it), and no caption or
            // one-sentence blurb. Only under stamps with a block over them, where a headline may stand: a dated masthead at the
            // page's top ("Amtsblatt Nr. 7 · Freitag, 3. Mai 2024") stamps no article, and a notice's tail may follow it.
            sentences += stamps > 0 && facts.IsGood && Punctuation.EndsSentence(facts.Text) && TitleFinder.HasSentenceBreak(facts.Text) ? MinSentences : 1;
            words += facts.Words;
            if (sentences >= MinSentences && words >= MinWords)
            {
                found = (stamps, start);
            }
        }

        return found;
    }

    // A headline's own stamps stand within a few blocks under it: past its deck, or the writer's name and place.
    private const int MaxBlocksOverStamps = 3;

    /// <summary>
    /// Whether an article's text begins under the block at <paramref name="title"/>: its byline or dateline within a few
    /// blocks, then two sentences in a row (a caption may stand between) of twenty words. A line with that under it heads
    /// its own article (a headline's deck, a teaser's headline over its blurb in two sentences), whatever stands above.
    /// </summary>
    public static bool BegunUnder(IReadOnlyList<TextBlock> blocks, int title)
    {
        var i = title + 1;
        while (i < blocks.Count && i <= title + MaxBlocksOverStamps && !blocks[i].Facts.IsBylineOrDate)
        {
            i++;
        }

        if (i >= blocks.Count || !blocks[i].Facts.IsBylineOrDate)
        {
            return false;
        }

        var sentences = 0;
        var words = 0;
        for (; i < blocks.Count; i++)
        {
            var facts = blocks[i].Facts;
            if (facts.IsBylineOrDate || facts.IsCaption)
            {
                if (sentences > 0 && facts.IsBylineOrDate)
                {
                    break;
                }

                continue;
            }

            if (!IsSentence(facts))
            {
                break;
            }

            sentences++;
            words += facts.Words;
        }

        return sentences >= MinSentences && words >= MinWords;
    }

    // A sentence with its stop: a headline that quotes someone ("«Il rifugio resterà aperto»") ends on the quote alone,
    // and reads as prose to the body's rules.
    private static bool IsSentence(BlockFacts facts)
        => (facts.IsGood || (BlockQuality.IsProse(facts) && Punctuation.EndsSentence(facts.Text))) && !facts.IsTerminator;
}
