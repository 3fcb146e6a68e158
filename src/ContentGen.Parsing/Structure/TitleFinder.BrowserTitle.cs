using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// The browser's title printed as the page's first line: "Who will pay for the harbour wall? - Local News - Tidewater
// Gazette", the headline, the section's label and the site's name. It names the page as lynx's header does.
internal static partial class TitleFinder
{
    // Whether `block`, the page's first, is the page's title line: a headline, a section's label and a site after the same
    // separator (SectionLabels), the site named again further down (its masthead, its rights notice), and the headline printed
    // nowhere else. A headline the page prints again over its article wins by its own dateline and repeat; a line that ends
    // on a label and a name the page never prints again is no browser's title.
    private static bool IsBrowserTitle(TextBlock block, string document)
    {
        if (block.LineCount != 1 || SectionLabels.Split(block.Text) is not var (headline, source, _, _))
        {
            return false;
        }

        var after = block.Start.Offset + block.Text.Length;
        return FindFlat(document, Flatten(source), after).Start >= 0 && FindFlat(document, Flatten(headline), after).Start < 0;
    }
}
