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

    // Session 70, pfresh: a row of a viewer's controls is parted by three spaces or a tab, whatever stands before the gap.
    private const int MinViewerGapSpaces = 3;

    /// <summary>
    /// Session 70, pfresh: whether <paramref name="text"/> is the row of a print replica's viewer (an e-paper, a digital
    /// edition) printed on one line with wide gaps ("Page 1 / 24   Zoom +   Zoom -   Imprimer", "Seite 3 von 24
    /// Vergrößern   Verkleinern"): two parts at least, one of them a zoom button (<c>PlayerControls</c>) or the count of the
    /// pages the viewer turns (a page's word and "n / m" or "n of m"), and every other a button or menu words, as in
    /// <see cref="IsGappedButtonRow"/>. A zoom button's sign ends its part ("Zoom +"), which a column gap, read between two
    /// words, would not part from the next. Alone on its line, "Page 1 / 24" stays whatever the rules around it read.
    /// </summary>
    internal static bool IsViewerControlRow(ReadOnlySpan<char> text)
    {
        var parts = 0;
        var controls = 0;
        var rest = Whitespace.Trim(text);
        while (rest.Length > 0)
        {
            var gap = WideGap(rest, out var gapLength);
            if (gap < 0 && parts == 0)
            {
                // No wide gap: one part, no row (most lines end here, before any lookup).
                return false;
            }

            var part = gap < 0 ? rest : rest.Slice(0, gap);
            var control = IsViewerControl(part);
            if (!(control || LexiconTables.NavigationLines.Contains(part) || IsMenuWordsOnly(part)))
            {
                return false;
            }

            controls += control ? 1 : 0;
            parts++;
            rest = gap < 0 ? ReadOnlySpan<char>.Empty : rest.Slice(gap + gapLength);
        }

        return parts >= MinButtons && controls > 0;
    }

    // Where the first run of three spaces or more, or of spaces holding a tab, starts in `text`, and its length; else -1.
    private static int WideGap(ReadOnlySpan<char> text, out int length)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var end = i;
            var tab = false;
            while (end < text.Length && text[end] is ' ' or '\t')
            {
                tab |= text[end] == '\t';
                end++;
            }

            if (tab || end - i >= MinViewerGapSpaces)
            {
                length = end - i;
                return i;
            }

            i = end;
        }

        length = 0;
        return -1;
    }

    // A zoom button ("Zoom +", "Vergrößern") or the count of a replica's pages ("Page 1 / 24", "Seite 3 von 24").
    private static bool IsViewerControl(ReadOnlySpan<char> part)
    {
        if (LexiconTables.PlayerControls.Contains(part) || PageJumps.IsPageCount(part))
        {
            return true;
        }

        var reader = new WordReader(part);
        return reader.Read() && reader.Start == 0 && LexiconTables.PageWords.Contains(reader.Word)
            && PageJumps.SlideCountTotal(part.Slice(reader.Length)) > 0;
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
        => text.IndexOf(MiddleDotSeparator.AsSpan(), StringComparison.Ordinal) >= 0 && ReadsAsDottedControls(text);

    /// <summary>
    /// Whether <paramref name="text"/> is a row printed between middle dots that is chrome: a reading view's controls
    /// (<see cref="IsDottedControlRow"/>) or a site's header menu (<see cref="MenuLines.IsDottedMenu"/>). The separator is
    /// looked for once, so that the lines with none, nearly all, end there.
    /// </summary>
    internal static bool IsDottedRow(ReadOnlySpan<char> text)
        => text.IndexOf(MiddleDotSeparator.AsSpan(), StringComparison.Ordinal) >= 0
            && (ReadsAsDottedControls(text) || MenuLines.IsDottedMenu(text));

    private static bool ReadsAsDottedControls(ReadOnlySpan<char> text)
    {
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
