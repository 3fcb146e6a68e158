using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Metadata;

// Session 54: the writer's name and, after a comma, the place she files from ("Anna Schmidt, Berlin", "Ana Costa, em
// Lisboa", "Jean Dupont, à Lyon"), alone on the line over the article. Sites print it as they print "María López | Madrid";
// the comma is the commoner mark. Read only where the caller reads a name with its place (over the first paragraph).
internal static partial class AuthorReader
{
    // The place after the comma: a town or a region of one or two words.
    private const int MaxCommaPlaceWords = 2;

    // The preposition before the place ("em", "aus").
    private const int MaxPlaceWordLength = 3;

    /// <summary>
    /// The writer of a line that is a name, one comma and a place, with a function word before the place where the
    /// language puts one ("à", "em", "in"); else <see langword="null"/>.
    /// </summary>
    public static string? ReadNameCommaPlace(ReadOnlySpan<char> line)
    {
        var comma = line.IndexOf(',');
        if (comma <= 0 || line.Slice(comma + 1).IndexOf(',') >= 0 || Words.MoreThan(line, MaxCreditWords))
        {
            return null;
        }

        var place = Whitespace.Trim(line.Slice(comma + 1));
        var space = place.IndexOf(' ');
        // "à", "em", "in", "aus": a short word in lower case, the language's preposition of place.
        if (space > 0 && space <= MaxPlaceWordLength && char.IsLower(place[0]))
        {
            place = Whitespace.Trim(place.Slice(space + 1));
        }

        // "Ana Costa, Lisboa" but not "Ana Costa, Lisboa e Porto", nor a job ("Jane Roe, Health Editor"): a place
        // is one or two capitalised words, none a job's or a publication's.
        if (!IsFilingPlace(place) || Words.MoreThan(place, MaxCommaPlaceWords) || Structure.Punctuation.EndsSentence(place) || IsJobOrPaper(place))
        {
            return null;
        }

        // "Harbour Road, Leeds", "Estadio Mestalla, Valencia": a venue and its town, where a match is played.
        var name = Whitespace.Trim(line.Slice(0, comma));
        return OnlyNameCharacters(name) && !NamesADesk(name) && !LexiconTables.VenueWords.HoldsAnyWordOf(name) ? ReadBareName(name, capitals: true) : null;
    }

    // Whether a word of `words` is a job's or a publication's ("Correspondent", "News").
    private static bool IsJobOrPaper(ReadOnlySpan<char> words)
    {
        var reader = new WordReader(words);
        while (reader.Read())
        {
            if (LexiconTables.BylineRoles.Contains(reader.Word) || LexiconTables.PublicationWords.Contains(reader.Word) || IsDeskOrOfficeWord(reader.Word))
            {
                return true;
            }
        }

        return false;
    }
}
