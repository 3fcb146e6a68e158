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
}
