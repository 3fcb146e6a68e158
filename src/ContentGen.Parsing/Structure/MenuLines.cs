using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A header's menu as a dump prints it: items of one or two capitalised words with no function word, parted by gaps of two
/// spaces or more ("Startseite  Lokales  Politik  Sport", "Accueil  Région  Économie") or one item a line ("Inicio" /
/// "Actualidad" / "Deportes"). A headline is a clause: it joins its words with function words or runs on in lower case
/// ("Eisenbahnfreunde wollen ihre Werkstatt …"), so it is never read so, in any of the seven languages. The items' words need
/// not be in any lexicon: a site names its sections as it likes. A long menu may name a few sections in a phrase of up to
/// three words ("Servicios para medios", "Faits divers", "Avis de décès"): among four plain items or more, at least twice
/// as many as such phrases, they are the menu's too.
/// </summary>
internal static partial class MenuLines
{
    // Three items at least on a line: two gaps ("Anmelden  Abo" alone is an account's buttons, read with the menu above it).
    private const int MinItemsOnALine = 3;

    // One item a line: three lines at least, so a headline wrapped once ("Bürgermeister" / "Meier") is never a menu.
    private const int MinItemLines = 3;

    private const int MaxItemWords = 2;

    // "Servicios para medios", "Avis de décès": a section named in a phrase, among plain items twice as many.
    private const int MaxPhraseItemWords = 3;
    private const int MinPlainItemsBesidePhrases = 4;

    /// <summary>
    /// Whether every line of <paramref name="block"/> holds menu items only, with one line of three items at least that
    /// name no function word, or three lines or more of one such item each. Beside such a line an account's buttons may
    /// open on one ("Mon compte", "Hazte socio").
    /// </summary>
    public static bool IsMenu(TextBlock block)
    {
        var widest = 0;
        var single = 0;
        var accountRows = 0;
        for (var i = 0; i < block.LineCount; i++)
        {
            var (items, plainItems, phrases) = Items(block.Line(i).Span);
            if (items == 0 && IsAccountRow(block.Line(i).Span))
            {
                accountRows++;
                continue;
            }

            if (items == 0)
            {
                return false;
            }

            if (plainItems == items || (plainItems + phrases == items && plainItems >= MinPlainItemsBesidePhrases && plainItems >= 2 * phrases)
                || (IsButtonBar(items, plainItems, phrases) && OpensOnShareVerb(block.Line(i).Span)))
            {
                widest = Math.Max(widest, items);
                single += items == 1 ? 1 : 0;
            }
        }

        // An account's row counts for no item: the menu beside it must stand on its own.
        return widest >= MinItemsOnALine || (single == block.LineCount - accountRows && single >= MinItemLines);
    }

    /// <summary>
    /// Whether <paramref name="line"/> is an account's row beside a header's menu, its pieces parted by bars: it opens on a
    /// button's whole label and its offer follows ("Sign in | Subscribe from £1 a week", "Se connecter | S'abonner dès 1 €",
    /// "Anmelden | Abo ab 1 € im Monat"). A headline opens on no button's label before a bar.
    /// </summary>
    private static bool IsAccountRow(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        var bar = line.IndexOf(" | ".AsSpan(), StringComparison.Ordinal);
        return bar > 0 && Lexicons.LexiconTables.ButtonLabels.Contains(line.Slice(0, bar).Trim());
    }

    /// <summary>
    /// Whether <paramref name="line"/> is an article's button bar: "Share  Save  Gift this article", "Teilen  Merken  Artikel
    /// verschenken". It opens on its share button and its last button may be a phrase; a headline never opens on the verb
    /// alone before a gap.
    /// </summary>
    public static bool IsShareBar(ReadOnlySpan<char> line)
    {
        // Asked of every short line: the one word is looked up before the line is cut into its items.
        if (!OpensOnShareVerb(line))
        {
            return false;
        }

        var (items, plainItems, phrases) = Items(line);
        return IsButtonBar(items, plainItems, phrases);
    }

    // Buttons enough for a bar, each a word or a short phrase.
    private static bool IsButtonBar(int items, int plainItems, int phrases) => items >= MinItemsOnALine && plainItems + phrases == items;

    private static bool OpensOnShareVerb(ReadOnlySpan<char> line)
    {
        // The first item is read no further than the longest share verb: a line of prose has no gap, and was read to its end.
        line = line.Trim();
        var longest = Lexicons.LexiconTables.ShareVerbs.MaxLength;
        var end = 0;
        while (end < line.Length && end <= longest && !IsGapAt(line, end))
        {
            end++;
        }

        return end < line.Length && end <= longest && Lexicons.LexiconTables.ShareVerbs.Contains(line.Slice(0, end));
    }

    // How many menu items `line` holds, parted by gaps of two spaces or more (or a tab), how many of them name no function
    // word, and how many are a phrase of two words or more with one; 0 items when any part is no item.
    private static (int Items, int Plain, int Phrases) Items(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        var items = 0;
        var plain = 0;
        var phrases = 0;
        var start = 0;
        while (start < line.Length)
        {
            var end = start;
            while (end < line.Length && !IsGapAt(line, end))
            {
                end++;
            }

            var item = ReadItem(line.Slice(start, end - start));
            if (item == Item.None)
            {
                return (0, 0, 0);
            }

            plain += item == Item.Plain ? 1 : 0;
            phrases += item == Item.Phrase ? 1 : 0;
            items++;
            start = end;
            while (start < line.Length && line[start] is ' ' or '\t' or '\u00A0')
            {
                start++;
            }
        }

        return (items, plain, phrases);
    }

    private static bool IsGapAt(ReadOnlySpan<char> line, int at)
        => line[at] == '\t' || (line[at] is ' ' or '\u00A0' && at + 1 < line.Length && line[at + 1] is ' ' or '\u00A0' or '\t');

    private enum Item
    {
        None,
        Plain,
        WithFunctionWord,

        // Two words or three with a function word or one in lower case: "Faits divers", "Servicios para medios".
        Phrase,
    }

    // "Lokales", "E-Mail", "Mon compte": one or two words opening in capitals, no punctuation but a word's own hyphen or
    // apostrophe; plain when no word is a function word and each opens in capitals. A phrase of three words ("Servicios para
    // medios") is a phrase, and so is one of two with a function word or a word in lower case; a function word alone ("To")
    // names no section.
    private static Item ReadItem(ReadOnlySpan<char> part)
    {
        foreach (var c in part)
        {
            if (!(char.IsLetterOrDigit(c) || c is ' ' or '-' or '\'' or '’' or '&'))
            {
                return Item.None;
            }
        }

        var words = 0;
        var plain = true;
        var reader = new WordReader(part);
        while (reader.Read())
        {
            if (++words > MaxPhraseItemWords || (words == 1 && !char.IsUpper(reader.Word[0])))
            {
                return Item.None;
            }

            plain &= char.IsUpper(reader.Word[0]) && !Stopwords.IsStopword(reader.Word);
        }

        return words == 0 ? Item.None
            : plain && words <= MaxItemWords ? Item.Plain
            : words == 1 ? Item.WithFunctionWord
            : Item.Phrase;
    }
}
