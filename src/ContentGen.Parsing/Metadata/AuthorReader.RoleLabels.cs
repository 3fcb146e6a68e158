using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Metadata;

// Session 64 (pages): the newsroom's or the writer's job as a label before the name, with a colon ("Redactie: Jeroen
// Vlasbloem", "Redaktion: Sabine Wohlfahrt", "Rédaction : Claire Fontanille", "Redazione: Chiara Pellegatti", "Redação:
// Catarina Mourão", "Redakteurin: Anna Schmidt"), an obituary's and a notice's byline over the article. Read only over
// the article's first paragraphs (the caller), since under it the same label credits an editor ("(Redaktion: …)", a
// wire's credit) or a film's crew in a facts box ("Editor: …"). Spanish's "Redacción:" was a byline's prefix already.
internal static partial class AuthorReader
{
    // A label of one job word and a name of one to four words.
    private const int MaxLabelNameWords = 4;

    /// <summary>
    /// The writer of a line that is a job word (<c>BylineRoles</c>: "Redactie", "Rédaction", "Redakteurin"), a colon and a
    /// name, nothing else; else <see langword="null"/>. A desk after the colon ("Redaktion: Lokales", "Rédaction : service
    /// Économie") names nobody.
    /// </summary>
    public static string? ReadRoleLabel(ReadOnlySpan<char> line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0 || !char.IsUpper(line[0]))
        {
            return null;
        }

        var role = Whitespace.Trim(line.Slice(0, colon));
        if (role.IndexOf(' ') >= 0 || !LexiconTables.BylineRoles.Contains(role))
        {
            return null;
        }

        var name = Whitespace.Trim(line.Slice(colon + 1));
        if (name.Length == 0 || !char.IsUpper(name[0]) || Words.MoreThan(name, MaxLabelNameWords) || NamesADeskByItsHead(name) || NamesASection(name))
        {
            return null;
        }

        return NameAfterRole(name);
    }

    // "Regio Nieuws", "Service Économie", "Cronaca Locale": a word of the site's sections or menu names a desk, never a person.
    private static bool NamesASection(ReadOnlySpan<char> name)
    {
        var reader = new WordReader(name);
        while (reader.Read())
        {
            if (LexiconTables.SectionNames.Contains(reader.Word) || LexiconTables.MenuWords.Contains(reader.Word) || LexiconTables.NavigationLines.Contains(reader.Word)
                || LexiconTables.DeskWords.Contains(reader.Word) || LexiconTables.JobOfficeWords.Contains(reader.Word))
            {
                return true;
            }
        }

        return false;
    }
}
