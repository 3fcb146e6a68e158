using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// "Una camarera atiende una terraza en la plaza. / J. M. Ortuño", "Volunteers clear the towpath by the lock. / R. J. Ashdown":
// a caption signed after the slash with its photographer's initials and surname in ordinary case, as it is signed with a
// whole name (EndsWithNameAfterSlash), with initials alone (EndsWithInitialsAfterSlash) or with the surname in capitals
// (EndsWithInitialledNameInCapitals). The initials keep the name reader from reading it as a name, and the caption, glued
// under the byline, was taken for the headline. Prose puts no initialled name after a stop and a spaced slash.
internal static partial class PhotoCredits
{
    // "J. M. Ortuño", "J.-P. Le Goff": one to three initials ("J.", "J.M.", "J.-P.") before the surname.
    private const int MaxSlashNameInitials = 3;

    // "Le Goff", "de Vries", "Ortuño": a surname of two words at most after the initials.
    private const int MaxSlashSurnameWords = 2;

    /// <summary>
    /// Whether <paramref name="text"/> is one short sentence, a spaced slash, initials and a surname in ordinary case:
    /// "… en la plaza Mayor. / J. M. Ortuño", "… sul sagrato. / G. Lanfranchi", "… over het kanaal. / J. de Vries".
    /// Nothing may follow the surname, and the sentence holds no number (a practical line's price or address).
    /// </summary>
    public static bool EndsWithInitialledNameAfterSlash(string text)
    {
        var slash = text.LastIndexOf(" / ", StringComparison.Ordinal);
        if (slash <= 0 || !Punctuation.IsTerminal(text[slash - 1]) || !IsOneShortSentence(text, slash - 1) || Digits.Any(text.AsSpan(0, slash)))
        {
            return false;
        }

        var name = Whitespace.Trim(text.AsSpan(slash + 3));
        var initials = 0;
        var surname = 0;
        var reader = new WordReader(name);
        var lastEnd = 0;
        while (reader.Read())
        {
            var word = reader.Word;
            var end = reader.Start + reader.Length;
            if (surname == 0 && IsInitial(name, reader.Start, end))
            {
                if (++initials > MaxSlashNameInitials)
                {
                    return false;
                }
            }
            else if (initials > 0 && IsSurnameWord(word) && ++surname <= MaxSlashSurnameWords)
            {
            }
            else
            {
                return false;
            }

            lastEnd = end;
        }

        // The surname ends the line and its last word is capitalised: "J. de" is no name.
        return initials > 0 && surname > 0 && lastEnd == name.Length && char.IsUpper(LastWord(name)[0]);
    }

    // "J." or "J.M." or "J.-P.": capitals, each closed by a stop (a hyphen may join two), and the word's stop after it.
    private static bool IsInitial(ReadOnlySpan<char> name, int start, int end)
    {
        // The word reader stops before the stop: the initial is the word and the stops and hyphens glued after it.
        var i = start;
        var letters = 0;
        while (i < name.Length && name[i] != ' ')
        {
            if (!char.IsUpper(name[i]) || i + 1 >= name.Length || name[i + 1] != '.')
            {
                return false;
            }

            letters++;
            i += 2;
            if (i < name.Length && name[i] == '-')
            {
                i++;
            }
        }

        return letters > 0 && i >= end;
    }

    // "Ortuño", "Le", "Goff", "de", "D'Amico": a capitalised word in ordinary case that no calendar, menu or function word
    // is, or a name's particle ("de Vries", "da Silva").
    private static bool IsSurnameWord(ReadOnlySpan<char> word)
    {
        if (Metadata.NameParticles.Joiners.Contains(word))
        {
            return true;
        }

        if (word.Length < 2 || !char.IsUpper(word[0]) || LexiconTables.Calendar.Contains(word) || LexiconTables.MenuWords.Contains(word) || Stopwords.IsStopword(word))
        {
            return false;
        }

        foreach (var c in word.Slice(1))
        {
            if (!char.IsLower(c) && c is not ('-' or '\'' or '’'))
            {
                return false;
            }
        }

        return true;
    }

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> text)
    {
        var space = text.LastIndexOf(' ');
        return space < 0 ? text : text.Slice(space + 1);
    }
}
