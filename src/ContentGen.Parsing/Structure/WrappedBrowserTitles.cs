using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A browser's title ("Headline | Section | Site") that a dump wrapped right at a separator: the first line ends on the bar
/// or the dash ("Waarom ik mijn auto toch heb verkocht | Column |" / "Zuid-Hollands Nieuwsblad"), or the second opens with it
/// ("… pris trop tard - Opinions" / "- L'Écho des Vallées"). A separator joins what stands on both sides of it, so no line
/// ends on one, and no item of a list is a site's name alone: the line under it is the title line's end, the site's name,
/// and not the masthead printed again (a copy set aside) nor a list's item (a bullet opens a block, and a line opening with
/// the dash ends a title only under a line that holds a separator already, which no list's lead-in does). Read in every language
/// alike: only the separator and the name's capitals are asked.
/// </summary>
internal static class WrappedBrowserTitles
{
    // A publication's name is a few words (TitleSplitter.ReadsAsPublication allows five, with its particles).
    private const int MaxSiteWords = 8;

    /// <summary>
    /// Whether <paramref name="line"/>, glued under <paramref name="above"/>, is the site's name that ends a browser's title
    /// wrapped at its separator: <paramref name="above"/> ends on a bar or a dash after a space, or <paramref name="line"/>
    /// opens with one, and the rest of <paramref name="line"/> reads as a publication's name.
    /// </summary>
    public static bool EndsTitleLine(ReadOnlySpan<char> above, ReadOnlySpan<char> line)
    {
        above = above.Trim();
        line = line.Trim();
        if (above.Length == 0 || line.Length == 0 || BlockSplitter.StartsWithBullet(above))
        {
            return false;
        }

        ReadOnlySpan<char> site;
        if (EndsOnSeparator(above))
        {
            site = line;
        }
        // A line opening with a dash goes on a title that already parts its pieces ("… trop tard - Opinions" / "- Site"): a
        // list's lead-in ("Related coverage", "Our partners:") holds no separator, and its first item stays an item.
        else if (BlockSplitter.StartsWithBullet(line) && line[0] is '-' or '–' or '—' && !Punctuation.EndsSentence(above)
            && TitleSplitter.HoldsSeparator(above))
        {
            site = line.Slice(2).TrimStart();
        }
        else
        {
            return false;
        }

        return site.Length > 0 && char.IsUpper(site[0]) && !Words.MoreThan(site, MaxSiteWords) && !Punctuation.EndsSentence(site)
            && TitleSplitter.ReadsAsPublication(site.ToString());
    }

    // "… verkocht | Column |", "… opgezegd -", "… primária –": a separator after a space ends the line.
    private static bool EndsOnSeparator(ReadOnlySpan<char> line)
        => line.Length > 2 && line[line.Length - 1] is '|' or '-' or '–' or '—' && line[line.Length - 2] == ' ';
}
