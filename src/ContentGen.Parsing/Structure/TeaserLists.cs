using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Finds lists of related articles after the article: headlines without sentence punctuation, each
/// with one short blurb under it ("Valmont rouvre son port aux voiliers…" then two sentences), maybe past the
/// date it was posted, three or more in a row. An article's own sections sit inside its prose; these come after it.
/// </summary>
internal static class TeaserLists
{
    private const int MinTeasers = 3;

    // Four headlines in a row after the article are a list of other stories: the footer has begun.
    private const int MinFooterHeadlines = 4;
    private const int MaxHeadlineWords = 25;
    private const int MaxBlurbWords = 90;
    private const int MaxKickerWords = 2;

    /// <summary>
    /// The blocks from <paramref name="from"/> on that belong to a teaser list. A transcript's speaker
    /// labels (<paramref name="speakerLabels"/>), each over what that speaker says, are no headlines.
    /// </summary>
    public static HashSet<TextBlock> Find(IReadOnlyList<TextBlock> blocks, int from, ISet<string>? speakerLabels = null)
    {
        var teasers = new HashSet<TextBlock>();
        var i = from;
        while (i < blocks.Count)
        {
            var end = i;
            var count = 0;
            // Each teaser has its blurb, past the date it was posted ("Publié le 05/01/2024 à 20:38"):
            // headlines alone may be a list the article ends on.
            while (end + 1 < blocks.Count)
            {
                // A section's kicker above the headline ("Faits divers", "Économie").
                var headline = IsKicker(blocks[end]) && end + 2 < blocks.Count && IsHeadline(blocks[end + 1]) ? end + 1 : end;
                if (!IsHeadline(blocks[headline]) || speakerLabels?.Contains(blocks[headline].Text) == true)
                {
                    break;
                }

                var blurb = headline + 1;
                if (blocks[blurb].Facts.IsBylineOrDate && blurb + 1 < blocks.Count)
                {
                    blurb++;
                }

                if (!IsBlurb(blocks[blurb]))
                {
                    break;
                }

                end = blurb + 1;
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

    /// <summary>
    /// Where the page's footer starts after the article: at the first run of four headlines or more
    /// (datelines between them aside) from <paramref name="from"/> on, when what prose follows it weighs
    /// less than half the article's <paramref name="articleWords"/>, so that an article's second half
    /// under a list of links is never cut off; otherwise the block count. The lines of an article's
    /// own list (<paramref name="lists"/>, <see cref="ArticleLists"/>, a review's details under its last sentence, a
    /// letter's signature) are no headlines.
    /// </summary>
    public static int HeadlineRunStart(IReadOnlyList<TextBlock> blocks, int from, int articleWords, ISet<TextBlock>? lists = null)
    {
        var run = 0;
        var first = -1;
        for (var i = from; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Facts.IsBylineOrDate)
            {
                continue;
            }

            // Among other stories' headlines, one may ask a question ("Quelles conséquences … ?").
            if (!(IsHeadline(block) || IsQuestionHeadline(block)) || BlockSplitter.StartsWithBullet(block.Text) || char.IsDigit(block.Text[0])
                || lists?.Contains(block) == true)
            {
                run = 0;
                continue;
            }

            first = run == 0 ? i : first;
            if (++run == MinFooterHeadlines)
            {
                return ProseWords(blocks, first) * 2 < articleWords ? first : blocks.Count;
            }
        }

        return blocks.Count;
    }

    private static int ProseWords(IReadOnlyList<TextBlock> blocks, int from)
    {
        var words = 0;
        for (var i = from; i < blocks.Count; i++)
        {
            words += IsBlurb(blocks[i]) || blocks[i].Facts.IsGood ? blocks[i].Facts.Words : 0;
        }

        return words;
    }

    // A headline: a capital, no sentence punctuation at its end (inside closing quotes or brackets
    // either), not a date or byline, not prose, not a review's rating ("Bewertung: 4 von 5 Sternen").
    private static bool IsHeadline(TextBlock block)
        => HasHeadlineShape(block) && !Punctuation.EndsWithClauseInsideClosers(block.Text);

    private static bool IsQuestionHeadline(TextBlock block)
        => HasHeadlineShape(block) && block.Text[block.Text.Length - 1] == '?';

    private static bool HasHeadlineShape(TextBlock block)
    {
        var text = block.Text;
        var facts = block.Facts;
        return text.Length > 0 && (char.IsUpper(text[0]) || char.IsDigit(text[0]))
            && facts.Words is > 1 and <= MaxHeadlineWords && !facts.IsBylineOrDate && !facts.IsTerminator
            && !Ratings.IsRating(text);
    }

    // A section's name over a teaser: a word or two, capitalised, no sentence.
    private static bool IsKicker(TextBlock block)
        => block.LineCount == 1 && block.Facts.Words is >= 1 and <= MaxKickerWords && char.IsUpper(block.Text[0])
        && !Punctuation.EndsWithClauseInsideClosers(block.Text) && !block.Facts.IsBylineOrDate;

    private static bool IsBlurb(TextBlock block)
        => (block.Facts.IsGood || BlockQuality.IsProse(block.Facts)) && block.Facts.Words <= MaxBlurbWords;
}
