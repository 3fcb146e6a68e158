using System;

namespace ContentGen.Parsing.Structure;

// A date and a section's kicker printed on one line over the headline ("08.02.2026 | Tischtennis", "Cultura · 9 mar 2026"),
// as a club's or a small site's page prints them: the stack of a date and a kicker (DateOver), read from one line.
internal static partial class TitleFinder
{
    // The marks that part a dated line's pieces: a bar, a middle dot or a bullet, a dash, with a space each side.
    private static readonly string[] s_datedKickerSeparators = { " | ", " · ", " • ", " – ", " — ", " - " };

    /// <summary>
    /// Whether <paramref name="line"/>, a dateline, prints a kicker beside its date: two pieces parted by one separator, one
    /// a section's or a place's word or three (<see cref="IsKicker"/>) and the other holding a figure. A writer's name beside
    /// the date ("14.03.2025 | Ana Gil") is a byline's, no kicker.
    /// </summary>
    private static bool PrintsKickerBesideDate(string line)
    {
        foreach (var separator in s_datedKickerSeparators)
        {
            var at = line.IndexOf(separator, StringComparison.Ordinal);
            if (at <= 0)
            {
                continue;
            }

            // One separator only: a trail of crumbs or a row of links holds several.
            if (line.IndexOf(separator, at + separator.Length, StringComparison.Ordinal) >= 0)
            {
                return false;
            }

            var left = line.Substring(0, at).Trim();
            var right = line.Substring(at + separator.Length).Trim();
            return (HoldsFigure(left) && IsKickerBesideDate(right))
                || (HoldsFigure(right) && IsKickerBesideDate(left));
        }

        return false;
    }

    // The line is already a dateline, so the piece holding a figure is its date; the other piece is then the kicker.
    private static bool HoldsFigure(string piece)
    {
        foreach (var c in piece)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsKickerBesideDate(string piece)
        => IsKicker(piece)
            && Metadata.AuthorReader.ReadBareName(piece.AsSpan()) is null
            && !Metadata.AuthorReader.NamesADesk(piece.AsSpan());
}
