using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A rail of other stories ("Top stories", "More from …", "Ultime notizie") prints each teaser's headline with its age after a
/// separator: "Council approves new budget · 2 hrs ago", "Le conseil vote le budget · il y a 2 h", "Gemeinderat beschließt
/// Haushalt · vor 2 Std.", "El pleno aprueba el presupuesto · hace 2 horas", "Il consiglio approva il bilancio · 2 ore fa",
/// "Câmara aprova orçamento · há 2 horas", "Raad keurt begroting goed · 2 uur geleden". A page's own headline carries no age
/// on its line: its date stands apart, under it. A block whose every line ends on such an age is a rail's, never the
/// headline, however well its words read as one. A headline that tells an age in its own words ("Ferry stopped 30 years
/// ago") has no separator before it, and a line with a separator before other words ("… · Kilbrannock") tells none.
/// </summary>
internal static class AgedTeasers
{
    private static readonly string[] s_separators = { " · ", " | ", " • " };

    /// <summary>Whether every line of <paramref name="block"/> ends on an age after a separator.</summary>
    public static bool IsAgedTeaser(TextBlock block)
    {
        for (var i = 0; i < block.LineCount; i++)
        {
            if (!EndsOnAge(block.Line(i).Span))
            {
                return false;
            }
        }

        return block.LineCount > 0;
    }

    /// <summary>Whether <paramref name="line"/> ends on an age ("2 hrs ago", "vor 2 Std.") after a separator, with a headline before it.</summary>
    public static bool EndsOnAge(ReadOnlySpan<char> line)
    {
        var text = Whitespace.Trim(line);
        foreach (var separator in s_separators)
        {
            var at = text.LastIndexOf(separator.AsSpan());
            if (at > 0 && PageLines.IsRelativeDate(Whitespace.Trim(text.Slice(at + separator.Length))))
            {
                return true;
            }
        }

        return false;
    }
}
