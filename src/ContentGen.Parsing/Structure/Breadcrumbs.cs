using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Reads a breadcrumb's last crumb, which names the page it stands on: "1. Accueil" / "2. Ressources" /
/// "4. Interview de M. …" as a dump numbers a trail, or "Home › News › Harbour plan approved". A long
/// headline, a whole sentence with its full stop, is refused as a title by the headline rules; printed
/// as the trail's last crumb and again just below it, before the article's prose, it is the title (a copy
/// as <see cref="HeadlineCopies"/> reads one: a dump's broken letter makes one word differ).
/// </summary>
internal static class Breadcrumbs
{
    // The copy stands a few blocks under the trail (a kicker, a picture's caption between).
    private const int CopyReach = 4;

    // A crumb is a headline only when it is one: a word or two name a section.
    private const int MinHeadlineWords = 5;

    /// <summary>
    /// The index of the block below a breadcrumb that repeats the trail's last crumb, before the first
    /// paragraph of prose; or <see langword="null"/> when no trail ends on a headline printed again.
    /// </summary>
    public static int? CurrentPage(IReadOnlyList<TextBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var crumb = LastCrumb(blocks, i);
            if (crumb is null)
            {
                if (blocks[i].Facts.IsGood)
                {
                    return null;
                }

                continue;
            }

            for (var j = i + 1; j < blocks.Count && j <= i + CopyReach; j++)
            {
                if (HeadlineCopies.IsCopy(crumb, blocks[j].Text))
                {
                    return j;
                }

                if (blocks[j].Facts.IsGood)
                {
                    break;
                }
            }
        }

        return null;
    }

    // A headline ends a trail in a clause of a few words at least, never a whole paragraph: "Le marché couvert rouvrira ses
    // portes en mars", where a section's crumb is a word or two ("Vie locale") and a place a name.
    private const int MaxHeadlineWords = 20;

    /// <summary>
    /// Where the last crumb starts in the text of <paramref name="block"/>, a trail printed on one line ("Accueil › Vie locale › Saint-Méry ›
    /// Le marché couvert rouvrira ses portes en mars"), when that crumb reads as a headline: five words to twenty, opening in
    /// capitals, with a function word among words in lower case, no full stop or sentence break. Else -1. A trail that ends on
    /// a section's name or a place ("Home › News › Local") names no article.
    /// </summary>
    public static int HeadlineCrumbStart(TextBlock block)
    {
        var text = block.Text;
        if ((block.LineCount != 1 && !WrappedTrails.WrappedInLastCrumb(block)) || !PageLines.IsBreadcrumb(text))
        {
            return -1;
        }

        var start = PageLines.LastCrumbStart(text);
        return start > 0 && ReadsAsHeadline(text.AsSpan(start)) ? start : -1;
    }

    private static bool ReadsAsHeadline(ReadOnlySpan<char> crumb)
    {
        crumb = crumb.Trim();
        if (crumb.Length == 0 || !char.IsUpper(crumb[0]) || crumb[crumb.Length - 1] is '.' or ',' or ';' or ':'
            || crumb.IndexOf(". ".AsSpan(), StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        var words = 0;
        var functionWords = 0;
        var lower = 0;
        var reader = new WordReader(crumb);
        while (reader.Read())
        {
            words++;
            functionWords += Stopwords.IsStopword(reader.Word) ? 1 : 0;
            lower += words > 1 && char.IsLower(reader.Word[0]) ? 1 : 0;
        }

        return words >= MinHeadlineWords && words <= MaxHeadlineWords && functionWords > 0 && lower > functionWords;
    }

    // The trail's last crumb when blocks[i] ends a trail on a headline: the last numbered item of a
    // numbered list ("4. Interview …" after "3. Discours"), or what follows the last separator.
    private static string? LastCrumb(IReadOnlyList<TextBlock> blocks, int i)
    {
        var text = blocks[i].Text;
        string? crumb = null;
        var number = Number(text, out var rest);
        if (number >= 2 && (i + 1 == blocks.Count || Number(blocks[i + 1].Text, out _) != number + 1))
        {
            crumb = rest;
        }
        else
        {
            var start = PageLines.LastCrumbStart(text);
            crumb = start > 0 ? text.Substring(start) : null;
        }

        return crumb is not null && !Words.MoreThan(crumb, MinHeadlineWords - 1) ? null : crumb;
    }

    // "4. Interview …" gives 4 and the text after "4. "; anything else 0.
    private static int Number(string text, out string rest)
    {
        rest = text;
        var i = 0;
        var number = 0;
        while (i < text.Length && i < 3 && char.IsDigit(text[i]))
        {
            number = (number * 10) + (text[i] - '0');
            i++;
        }

        if (i == 0 || i + 1 >= text.Length || text[i] != '.' || text[i + 1] != ' ')
        {
            return 0;
        }

        rest = text.Substring(i + 2);
        return number;
    }
}
