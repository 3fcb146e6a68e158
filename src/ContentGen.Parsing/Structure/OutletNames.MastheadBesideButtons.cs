using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A masthead printed between the header's one-word buttons ("Menu" / "Rechercher" / "Le Courrier des Monts", "Menú" / "El
/// Eco de la Ribera" / "Portada Local …", "La Gaceta del Jalón" / "Opinión"): the buttons beside it make it look like an item
/// of a menu printed one item a line, but a menu's item names a section in a word or two ("Local News", "Sport"), never in
/// three words of a name none of which is a menu's or a section's word, nor between two of the menu's items. And a masthead set only in capitals, printed nowhere
/// in its own case, is the outlet's name as printed when it reads as a paper's name in so many words: an article, then its
/// publication's word ("LA GAZZETTA DEL SERIO"), or an article, one name and the publication's word ("THE WESTMERE TIMES"),
/// as Labels/README.md has it ("set only in capitals, it stays in capitals"). A section's label in capitals names no paper
/// so ("À LA UNE", "TOP STORIES", "THE WEEK IN REVIEW").
/// </summary>
internal static partial class OutletNames
{
    // A menu's item names a section in one or two words; a paper's name beside the buttons runs to three at least.
    private const int MinNameBesideButtonsWords = 3;

    // "THE WESTMERE TIMES": the article, one name, the publication's word.
    private const int ArticleNamePublicationWords = 3;

    // Whether `name`, beside a menu's one-word lines, names more than a menu's item: three words or more, none of them a
    // menu's or a section's word.
    private static bool NamesMoreThanAMenuItem(ReadOnlySpan<char> name)
    {
        var words = 0;
        var reader = new WordReader(name);
        while (reader.Read())
        {
            if (LexiconTables.MenuWords.Contains(reader.Word) || LexiconTables.SectionNames.Contains(reader.Word))
            {
                return false;
            }

            words++;
        }

        return words >= MinNameBesideButtonsWords;
    }

    // Whether the line at `index` has a menu's one-word line on both sides: an item amid a menu's column ("Home" /
    // "Notizie dal Mondo" / "Sport"), whatever its words; a masthead stands at the column's end, beside its buttons.
    private static bool BetweenMenuItems(IReadOnlyList<SourceLine> lines, string document, int index)
        => index > 0 && index + 1 < lines.Count && IsMenuWordAlone(Whitespace.Trim(lines[index - 1].Span(document)))
            && IsMenuWordAlone(Whitespace.Trim(lines[index + 1].Span(document)));

    // Whether a masthead in capitals reads as a paper's name: its article, then its publication's word ("EL DIARIO DEL
    // JALÓN"), or its article, one name and its publication's word ("THE WESTMERE TIMES", "DER OBERTALER BOTE").
    private static bool ReadsAsPaperInCapitals(ReadOnlySpan<char> name)
    {
        var reader = new WordReader(name);
        if (!reader.Read() || !LexiconTables.NounArticles.Contains(reader.Word) || !reader.Read())
        {
            return false;
        }

        if (LexiconTables.PublicationWords.Contains(reader.Word))
        {
            return true;
        }

        return reader.Read() && LexiconTables.PublicationWords.Contains(reader.Word) && !reader.Read()
            && Words.Count(name, ArticleNamePublicationWords) == ArticleNamePublicationWords;
    }
}
