using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

internal static partial class BoilerplateLines
{
    // Two parts at least make a row; a column gap (ColumnGaps: three spaces or a tab between two words) parts them.
    private const int MinButtons = 2;

    /// <summary>
    /// Whether <paramref name="text"/> is a row of a page's buttons the dump printed on one line with wide gaps between
    /// them ("Guardar   Partilhar", "Bookmark   Share", "Merken   Teilen"): every part a button or navigation line alone
    /// (<c>NavigationLines</c>) or menu words only. A line of the article never breaks its words with such gaps, and one
    /// part that is no button ("Guardar   Lisboa") keeps the line; the parts of a bar are read by <see cref="IsBarredNavigation"/>.
    /// </summary>
    internal static bool IsGappedButtonRow(ReadOnlySpan<char> text)
    {
        var parts = 0;
        var rest = Whitespace.Trim(text);
        while (rest.Length > 0)
        {
            var gap = ColumnGaps.Next(rest, 0, out var gapLength);
            var part = gap < 0 ? rest : rest.Slice(0, gap);
            if (!(LexiconTables.NavigationLines.Contains(part) || IsMenuWordsOnly(part)))
            {
                return false;
            }

            parts++;
            rest = gap < 0 ? ReadOnlySpan<char>.Empty : rest.Slice(gap + gapLength);
        }

        return parts >= MinButtons;
    }

    // A reading view's or a read-later app's controls joined by middle dots: three parts at least, most of them buttons.
    private const string MiddleDotSeparator = " · ";
    private const int MinDottedControls = 3;
    private const int MaxOddControlWords = 2;

    /// <summary>
    /// Whether <paramref name="text"/> is a row of a reading view's controls printed on one line between middle dots
    /// ("Ajouter un tag · Archiver · ★ Favori · Partager", "Add tags · Archive · Favourite · Share", "Tag toevoegen ·
    /// Archiveren · Favoriet · Delen"): three parts at least, more than half of them a button's label alone (an icon's
    /// symbol before it set aside), and every other part a short label of at most two words, with no figure and no stop,
    /// an icon's name the lexicons cannot list ("Aa Affichage"). A headline, a byline's line or a teaser's age has a long
    /// part, a figure or no button among its parts ("Le Courrier · Par Anne Lorin · 18 juin 2025").
    /// </summary>
    internal static bool IsDottedControlRow(ReadOnlySpan<char> text)
    {
        if (text.IndexOf(MiddleDotSeparator.AsSpan(), StringComparison.Ordinal) < 0)
        {
            return false;
        }

        var parts = 0;
        var buttons = 0;
        var reader = new SeparatedParts(text, MiddleDotSeparator.AsSpan());
        while (reader.Read())
        {
            var part = WithoutIcon(Whitespace.Trim(reader.Part));
            parts++;
            if (LexiconTables.ButtonLabels.Contains(part))
            {
                buttons++;
            }
            else if (part.Length == 0 || Digits.Any(part) || Punctuation.IsTerminal(part[part.Length - 1])
                || Words.Count(part, MaxOddControlWords + 1) > MaxOddControlWords)
            {
                return false;
            }
        }

        return parts >= MinDottedControls && buttons * 2 > parts;
    }

    // "★ Favori", "♥ Like": a control's icon printed before its label.
    private static ReadOnlySpan<char> WithoutIcon(ReadOnlySpan<char> part)
    {
        var start = 0;
        while (start < part.Length && char.IsSymbol(part[start]))
        {
            start++;
        }

        return Whitespace.Trim(part.Slice(start));
    }
}
