using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A breadcrumb's trail that ends on the headline, wrapped by a dump inside its last crumb ("Accueil › Vie locale › Saint-Méry ›
/// Le marché couvert" / "rouvrira ses portes en mars"): the trail is its first line, with its separators, and the line
/// under it goes on in lower case with no separator of its own. A headline glued under a trail opens in capitals, a line
/// of its own, and is read by itself; a trail wrapped this way is read as the one line it was (Breadcrumbs.HeadlineCrumbStart).
/// Only separators and a letter's case are asked, so a headline wrapped before a word in capitals is not joined: a German
/// one wrapped before its noun ("Startseite › Lokales › Der neue" / "Wasserturm öffnet im März") stays two lines, the
/// second read as a line of its own.
/// </summary>
internal static class WrappedTrails
{
    /// <summary>Whether <paramref name="block"/> is a trail on its first line wrapped into a second inside its last crumb.</summary>
    public static bool WrappedInLastCrumb(TextBlock block)
    {
        if (block.LineCount != 2)
        {
            return false;
        }

        var rest = block.Line(1).Span.Trim();
        return rest.Length > 0 && char.IsLower(rest[0]) && !PageLines.IsBreadcrumb(rest.ToString()) && !HasCrumbSeparator(rest)
            && PageLines.IsBreadcrumb(block.Line(0).ToString());
    }

    private static bool HasCrumbSeparator(ReadOnlySpan<char> text)
    {
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (PageLines.IsCrumbSeparatorAt(text, i))
            {
                return true;
            }
        }

        return false;
    }
}
