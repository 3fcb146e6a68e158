using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A header's menu printed with single spaces between its items ("Home News Sport What's On Property Jobs Contact",
/// "Accueil Actualités Vie locale Sports Annonces"): with no gap to part them, the items are told by their names, the
/// sections a site names (<c>SectionNames</c> and <c>MenuWords</c> in each lexicon). A line of nothing but such names, each
/// opening on a capital, four or more, is a menu and never a headline; a headline is a clause and names something of its own.
/// A single listed name is a section's label ("Vie locale" between a headline and the site's name).
/// </summary>
internal static class SectionMenus
{
    // "Home News Sport" could be a terse kicker's words; a header's menu names more sections than that.
    private const int MinItems = 4;

    /// <summary>Whether every line of <paramref name="block"/> is a menu of section names parted by single spaces.</summary>
    public static bool IsMenu(TextBlock block)
    {
        for (var i = 0; i < block.LineCount; i++)
        {
            if (!IsMenuLine(block.Line(i).Span))
            {
                return false;
            }
        }

        return block.LineCount > 0;
    }

    /// <summary>Whether <paramref name="line"/> is a menu of section names parted by single spaces: chrome, never a heading.</summary>
    public static bool IsMenuLine(ReadOnlySpan<char> line) => Items(line) >= MinItems;

    /// <summary>Whether <paramref name="text"/> is one section's name, whole ("Vie locale", "Faits divers", "Lokales").</summary>
    public static bool IsSectionName(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.Length > 0 && NameAt(text) == text.Length;
    }

    // How many section names `line` is made of, each opening on a capital; 0 when any part is none.
    private static int Items(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        var items = 0;
        var start = 0;
        while (start < line.Length)
        {
            var rest = line.Slice(start);
            var length = char.IsUpper(rest[0]) ? NameAt(rest) : 0;
            if (length == 0)
            {
                return 0;
            }

            items++;
            start += length;
            while (start < line.Length && line[start] == ' ')
            {
                start++;
            }
        }

        return items;
    }

    // The length of the longest section name or menu word `text` opens with that ends where a word ends, or 0.
    private static int NameAt(ReadOnlySpan<char> text)
    {
        var named = EndsAWord(text, LexiconTables.SectionNames.LongestStart(text));
        var menu = EndsAWord(text, LexiconTables.MenuWords.LongestStart(text));
        return Math.Max(named, menu);
    }

    private static int EndsAWord(ReadOnlySpan<char> text, int length) => length > 0 && (length == text.Length || text[length] == ' ') ? length : 0;
}
