using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// The browser's title printed as the page's first line: "Who will pay for the harbour wall? - Local News - Tidewater
// Gazette", the headline, the section's label and the site's name. It names the page as lynx's header does.
internal static partial class TitleFinder
{
    // A long title line runs past a dump's width and wraps once ("… restera fermée jusqu'à" / "l'été - Vie locale - L'Écho
    // du Val"): the splitter joins the two lines as it joins a paragraph's, and the block is read whole.
    private const int MaxBrowserTitleLines = 2;

    // Whether `block`, the page's first, is the page's title line: a headline, a section's label and a site after the same
    // separator (SectionLabels), the site named again further down (its masthead, its rights notice), and the headline printed
    // nowhere else. A headline the page prints again over its article wins by its own dateline and repeat; a line that ends
    // on a label and a name the page never prints again is no browser's title.
    private static bool IsBrowserTitle(TextBlock block, string document)
    {
        if (block.LineCount > MaxBrowserTitleLines || SectionLabels.Split(block.Text) is not var (headline, source, _, _))
        {
            return false;
        }

        var after = block.Start.Offset + block.Text.Length;
        return FindFlat(document, Flatten(source), after).Start >= 0 && FindFlat(document, Flatten(headline), after).Start < 0;
    }

    // "Valdemoro aprueba el plan de aparcamiento | El Eco del Sureste" first on the page, the site's name again alone on a
    // line under it (its masthead), and further down a headline set apart over the standfirst and the byline's stack
    // ("El pleno de Valdemoro da luz verde …" / the standfirst / "Sergio Olmedo" / "Valdemoro, 12/11/2025 - 13:40"): the
    // first line is the page's title for search engines, the printed headline the article's. Its index, or -1 when the
    // page prints no headline over its stamps. A browser's title whose headline the page prints nowhere else (IsBrowserTitle)
    // is the headline's only copy, and is not asked.
    private static int PrintedUnderBrowserTitle(IReadOnlyList<TextBlock> blocks, int content)
    {
        if (blocks[0].LineCount != 1 || TitleSplitter.Split(blocks[0].Text).Source is not { } site)
        {
            return -1;
        }

        // The standfirst may be long enough to open the article's prose (`content`): the stack stands right under it.
        var masthead = false;
        for (var i = 1; i < blocks.Count && i <= content + StampsReach; i++)
        {
            masthead |= string.Equals(blocks[i].Text, site, System.StringComparison.Ordinal);
            if (blocks[i].Facts.IsBylineOrDate)
            {
                var printed = masthead ? HeadlineOverStamps(blocks, i) : -1;
                // A menu of sections' names in capitals ("Home News Sport What's On") is no headline, whatever stands under it.
                return printed > 0 && printed <= content && HasLowerCase(blocks[printed].Text) && !string.Equals(blocks[printed].Text, site, System.StringComparison.Ordinal) ? printed : -1;
            }
        }

        return -1;
    }
}
