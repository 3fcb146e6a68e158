using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Finds lists of related articles after the article: headlines without sentence punctuation, each
/// with one short blurb under it ("La Chine lève la quarantaine…" then two sentences), three
/// or more in a row. An article's own sections sit inside its prose; these come after it.
/// </summary>
internal static class TeaserLists
{
    private const int MinTeasers = 3;
    private const int MaxHeadlineWords = 25;
    private const int MaxBlurbWords = 90;

    /// <summary>The blocks from <paramref name="from"/> on that belong to a teaser list.</summary>
    public static HashSet<TextBlock> Find(IReadOnlyList<TextBlock> blocks, int from)
    {
        var teasers = new HashSet<TextBlock>();
        var i = from;
        while (i < blocks.Count)
        {
            var end = i;
            var count = 0;
            // Each teaser has its blurb: headlines alone may be a list the article ends on.
            while (end + 1 < blocks.Count && IsHeadline(blocks[end]) && IsBlurb(blocks[end + 1]))
            {
                end += 2;
                count++;
            }

            if (count >= MinTeasers)
            {
                for (var t = i; t < end; t++)
                {
                    teasers.Add(blocks[t]);
                }
            }

            i = count > 0 ? end : i + 1;
        }

        return teasers;
    }

    // A headline: a capital, no sentence punctuation at its end, not a date or byline, not prose.
    private static bool IsHeadline(TextBlock block)
    {
        var text = block.Text;
        var facts = block.Facts;
        return text.Length > 0 && (char.IsUpper(text[0]) || char.IsDigit(text[0])) && !Punctuation.EndsWithClause(text)
            && facts.Words is > 1 and <= MaxHeadlineWords && !facts.IsBylineOrDate && !facts.IsTerminator;
    }

    private static bool IsBlurb(TextBlock block)
        => (block.Facts.IsGood || BlockQuality.IsProse(block.Facts)) && block.Facts.Words <= MaxBlurbWords;
}
