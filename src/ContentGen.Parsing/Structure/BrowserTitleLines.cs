using System;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A browser's title printed on the page ("Ferry firm posts record profits | Harbour Herald") ends on the site's name set off
/// by a bar: it is a line of its own, and no dump wraps a paragraph on from a site's name. Glued over the standfirst on a
/// page a dump wrapped, it is as wide as the standfirst's lines, so the width alone would read the two as one paragraph.
/// A title the dump wrapped inside the site's name ("… | El" / "Correo de la Vega") or after a bar goes on: the next line
/// carries the name on.
/// </summary>
internal static class BrowserTitleLines
{
    /// <summary>Whether <paramref name="line"/> ends on a publication's whole name after a bar.</summary>
    public static bool EndsOnSiteName(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        if (text.IndexOf('|') <= 0 || text[text.Length - 1] == '|' || TitleSplitter.Split(text.ToString()).Source is not { } site || !TitleSplitter.ReadsAsPublication(site))
        {
            return false;
        }

        // "El", "Diario del": a name cut on an article or a preposition goes on in the next line.
        var last = site.AsSpan().TrimEnd();
        var space = last.LastIndexOf(' ');
        return !Stopwords.IsStopwordOrElision(space < 0 ? last : last.Slice(space + 1));
    }
}
