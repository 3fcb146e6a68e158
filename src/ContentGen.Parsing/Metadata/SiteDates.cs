using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Metadata;

/// <summary>
/// Today's date a portal prints in its header under its own name ("Notiportal Sur" / "Jueves, 12 de marzo de 2026"),
/// under a headline printed only as the browser's title with that name ("Headline - Notiportal Sur"). The date is the
/// site's, shown on every page that day, not the article's; the site's name over it is no writer. The article's own
/// stamp, where the page prints one further down, dates it; a page with no other date is left undated rather than dated
/// by the day it was read (session 54, pages). A stamp ("Publicado el …", "Actualizado …") under the name is left to the
/// stamp's reading, and a date under any other line (a writer's name) to the dateline's.
/// </summary>
internal static class SiteDates
{
    /// <summary>
    /// Whether line <paramref name="index"/> (<paramref name="line"/>, a date) stands right under <paramref name="site"/>,
    /// the site's name the title line ends on, alone on the line above.
    /// </summary>
    public static bool IsUnderSiteName(IReadOnlyList<SourceLine> lines, string document, int index, ReadOnlySpan<char> line, string? site)
    {
        // The line above is compared first: it is the cheap test, and it fails on nearly every line of a page.
        return site is not null && index >= 1
            && Whitespace.Trim(lines[index - 1].Span(document)).Equals(site.AsSpan(), StringComparison.Ordinal)
            && !DateReader.IsUpdateStamp(line) && IsDateOnly(line);
    }

    // A date and nothing that signs or stamps it: no colon ("Publicado el: …"), no bar or name beside it.
    private static bool IsDateOnly(ReadOnlySpan<char> line) => line.IndexOfAny('|', ':') < 0 && DateReader.Read(line) is not null;
}
