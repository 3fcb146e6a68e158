using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A standfirst printed in two short paragraphs right over the byline ("For forty years a handful of volunteers …" /
/// "Now the youngest of them is 71 …" / "Words by …"): its second paragraph stands where a headline stands, over the
/// stamps, and won the title search. Both paragraphs end as sentences and read as a lede; the headline is the line over
/// them that ends on no stop. A headline printed as a sentence with its stop over one deck paragraph is left alone.
/// </summary>
internal static class SplitStandfirsts
{
    // A standfirst's paragraph: a sentence or two on a few lines, no longer than a lede.
    private const int MaxLines = 3;
    private const int MaxWords = 45;
    private const int MinWords = 5;

    /// <summary>
    /// Whether <paramref name="blocks"/>[<paramref name="found"/>], the title found, and the block over it are a standfirst
    /// printed in two paragraphs over the byline, under a headline at <paramref name="found"/> - 2 that ends on no stop.
    /// </summary>
    public static bool Under(IReadOnlyList<TextBlock> blocks, int found)
        => found >= 2 && Ledes.OverTheByline(blocks, found) && IsPart(blocks[found]) && IsPart(blocks[found - 1])
            && !Punctuation.EndsSentence(blocks[found - 2].Text) && blocks[found - 2].Facts.Words >= MinWords
            && blocks[found - 2].Facts.StopwordHits > 0 && !blocks[found - 2].Facts.IsBylineOrDate && !blocks[found - 2].Facts.IsCaption;

    // A sentence that opens as one and ends as one, with a function word: no caption, no stamp, no chrome's phrase. A quote
    // in it may say "we" ("Wir suchen weiter."), so words to the reader do not rule it out.
    private static bool IsPart(TextBlock block)
    {
        var facts = block.Facts;
        return block.LineCount <= MaxLines && facts.Words >= MinWords && facts.Words <= MaxWords && facts.StopwordHits > 0
            && Ledes.StartsLikeSentence(block.Text) && Punctuation.EndsSentence(block.Text) && !facts.IsCaption && !facts.IsBylineOrDate
            && facts.Phrases == 0;
    }
}
