using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A news site's cards for other stories, as a dump prints them: the section's kicker glued to the
/// headline by a bullet ("société • La vente de carburant interdite le week-end") or the date the
/// card was posted after the headline ("… 29/12/2022"), with blurbs around them that read like
/// prose. An article's text has neither, so three cards close together after the article start
/// the page's footer, however much their blurbs read like sentences.
/// </summary>
internal static class TeaserCards
{
    private const int MinCards = 3;

    // A card's blurb, or a dateline, may stand between two cards.
    private const int MaxBlocksBetween = 2;

    // "santé •": a section's name, in lower case; "Morel • Publié le …" is a byline's bullet.
    private const int MinKickerLetters = 3;

    private const int NumericDateLength = 10;

    private const int MaxLabelWords = 6;

    /// <summary>
    /// The first of three cards or more close together from <paramref name="from"/> on, or the
    /// block count when there is no such run. What prose follows the first card must weigh less than
    /// half the article's <paramref name="articleWords"/>: an article's own list of dated items, with
    /// its text going on below, is no footer.
    /// </summary>
    public static int RunStart(IReadOnlyList<TextBlock> blocks, int from, int articleWords)
    {
        var first = -1;
        var last = -1;
        var count = 0;
        for (var i = from; i < blocks.Count; i++)
        {
            if (!IsCard(blocks[i]))
            {
                continue;
            }

            if (first < 0 || i - last > MaxBlocksBetween + 1)
            {
                first = i;
                count = 0;
            }

            last = i;
            if (++count == MinCards)
            {
                if (ProseWords(blocks, first) * 2 >= articleWords)
                {
                    return blocks.Count;
                }

                // The list's label above the first card ("More on \"local\"", "Plus sur le thème") goes with it.
                return first > from && IsLabel(blocks[first - 1]) ? first - 1 : first;
            }
        }

        return blocks.Count;
    }

    private static int ProseWords(IReadOnlyList<TextBlock> blocks, int from)
    {
        var words = 0;
        for (var i = from; i < blocks.Count; i++)
        {
            var facts = blocks[i].Facts;
            words += (facts.IsGood || BlockQuality.IsProse(facts)) && !IsCard(blocks[i]) ? facts.Words : 0;
        }

        return words;
    }

    private static bool IsLabel(TextBlock block)
        => block.Facts.Words <= MaxLabelWords && !block.Facts.IsGood && !BlockQuality.IsProse(block.Facts);

    /// <summary>Whether <paramref name="block"/> is a card: a kicker with its bullet, or a headline with the date it was posted.</summary>
    public static bool IsCard(TextBlock block)
    {
        var text = block.Text;
        // A short card reads as a dateline ("roads • Coast road closed 28/12/2022"); its kicker tells it apart.
        return HasKicker(text) || (EndsOnNumericDate(text) && !block.Facts.IsBylineOrDate);
    }

    // "société • La vente …": a lower-case word, a bullet between spaces, a capital or a number.
    private static bool HasKicker(string text)
    {
        var bullet = text.IndexOf(" • ", StringComparison.Ordinal);
        if (bullet < MinKickerLetters || bullet + 3 >= text.Length || !(char.IsUpper(text[bullet + 3]) || char.IsDigit(text[bullet + 3])))
        {
            return false;
        }

        var start = bullet;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        if (bullet - start < MinKickerLetters || (start > 0 && text[start - 1] != ' '))
        {
            return false;
        }

        for (var i = start; i < bullet; i++)
        {
            if (!char.IsLower(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    // "… interdits sur la plage tout l'été 29/12/2022": a headline, then the day it was posted.
    private static bool EndsOnNumericDate(string text)
    {
        var end = text.Length;
        if (end <= NumericDateLength || text[end - NumericDateLength - 1] != ' ' || !char.IsDigit(text[end - 1]))
        {
            return false;
        }

        var date = text.AsSpan(end - NumericDateLength);
        for (var i = 0; i < date.Length; i++)
        {
            var slash = i is 2 or 5;
            if (slash ? date[i] != '/' : !char.IsDigit(date[i]))
            {
                return false;
            }
        }

        return true;
    }
}
