using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

internal static partial class BoilerplateLines
{
    // Three spaces or a tab part a dump's buttons on one line (see ColumnGaps); two parts at least make a row.
    private const int MinButtonGapSpaces = 3;
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
            var gap = NextGap(rest, out var gapLength);
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

    // Where the next gap of three spaces or a tab starts in `text`, and how long it is; -1 when none.
    private static int NextGap(ReadOnlySpan<char> text, out int length)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not (' ' or '\t'))
            {
                continue;
            }

            var end = i;
            var tab = false;
            while (end < text.Length && text[end] is ' ' or '\t')
            {
                tab |= text[end] == '\t';
                end++;
            }

            if (tab || end - i >= MinButtonGapSpaces)
            {
                length = end - i;
                return i;
            }

            i = end;
        }

        length = 0;
        return -1;
    }
}
