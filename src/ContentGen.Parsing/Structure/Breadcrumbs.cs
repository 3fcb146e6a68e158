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

    private static readonly string[] s_separators = { " > ", " » ", " › " };

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
            foreach (var separator in s_separators)
            {
                var at = text.LastIndexOf(separator, StringComparison.Ordinal);
                if (at > 0)
                {
                    crumb = text.Substring(at + separator.Length);
                    break;
                }
            }
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
