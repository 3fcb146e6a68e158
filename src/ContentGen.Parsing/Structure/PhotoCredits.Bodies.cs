using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// "La nueva nave, sobre la cubierta del almacén. / Cooperativa Virgen del Monte", "Le chantier, vu du quai. / Mairie de
// Vaubrun": a caption signs a picture that a body gave the paper (a town hall, a cooperative, a club) with that body's name
// after the slash, as it signs a photographer's (EndsWithNameAfterSlash). A body's name is a few capitalised words with a
// name's particles and articles between them, and no person's name reader reads it; the rest holds as for a photographer.
internal static partial class PhotoCredits
{
    // "Cooperativa Virgen de la Sierra", "Ayuntamiento de Valdecina": a body's name runs longer than a person's.
    private const int MinBodyWords = 2;
    private const int MaxBodyWords = 6;

    /// <summary>
    /// Whether <paramref name="text"/> is one short sentence with no number, a spaced slash and a body's name of two to six
    /// capitalised words (particles and articles between them aside, none first, no other function word, no calendar's or menu's word): a caption credited to the
    /// body that gave the picture.
    /// </summary>
    public static bool EndsWithBodyAfterSlash(string text)
    {
        var slash = text.LastIndexOf(" / ", StringComparison.Ordinal);
        if (slash <= 0 || !Punctuation.IsTerminal(text[slash - 1]) || !IsOneShortSentence(text, slash - 1) || Digits.Any(text.AsSpan()))
        {
            return false;
        }

        var name = Whitespace.Trim(text.AsSpan(slash + 3));
        if (name.Length == 0 || !char.IsUpper(name[0]) || !char.IsLetter(name[name.Length - 1]))
        {
            return false;
        }

        var words = 0;
        var reader = new WordReader(name);
        while (reader.Read())
        {
            var word = reader.Word;
            var capitalised = char.IsUpper(word[0]);
            // "The Harbour Board of …", "La Junta …": a name that opens on an article is a clause's subject as often as a credit.
            // "Bring Your Own Chair": a word that speaks to the reader, or another function word, is a practical line's, no body's name.
            if ((words == 0 && Stopwords.IsStopword(word)) || (!capitalised && !Metadata.NameParticles.InTitles.Contains(word)) || (capitalised && (Stopwords.IsStopword(word) || LexiconTables.ReaderWords.Contains(word)) && !Metadata.NameParticles.InTitles.Contains(word))
                || (capitalised && (LexiconTables.Calendar.Contains(word) || LexiconTables.MenuWords.Contains(word))) || ++words > MaxBodyWords)
            {
                return false;
            }
        }

        return words >= MinBodyWords && IsOnlyWords(name);
    }

    // Letters, spaces, hyphens and apostrophes: a body's name, not a clause or a list.
    private static bool IsOnlyWords(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!char.IsLetter(c) && c is not (' ' or '-' or '\'' or '’' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
