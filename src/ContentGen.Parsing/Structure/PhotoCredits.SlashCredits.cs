using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// Two more signatures a caption takes after its sentence and a spaced slash, as Spanish, Italian and Portuguese papers print
// them under the lead picture: the paper's own name in capitals ("… ante la fuente de la plaza. / EL ECO", "… vor dem Rathaus.
// / KREISBOTE"; an agency's acronym, "/ EFE", was read already), and a photographer's initials before the surname ("… en la
// calle Real. / J. M. Ortega"), which no person's name reader takes for a name. Unread, such a caption under the byline's
// stamps was taken for the headline over them, and the standfirst above it was lost to the page's top. Prose ends on neither:
// a sentence goes on in lower case, a headline with a slash has no sentence's stop before it ("Huelga de autobuses / ÚLTIMA
// HORA").
internal static partial class PhotoCredits
{
    // "EL ECO", "GAZETTE", "LA VOZ DE ALMANZORA": a paper's or an agency's short name.
    private const int MaxCapitalsCreditWords = 4;
    private const int MinCapitalsCreditLetters = 2;

    // "J. M. Ortega", "A. Rossi", "M.-L. Dupont": one to three initials, then a surname of a word or two.
    private const int MaxInitialsBeforeSurname = 3;

    /// <summary>
    /// Whether <paramref name="text"/> is one short sentence with no number, a spaced slash and one to four words in capitals,
    /// a paper's or an agency's name ("EL ECO", "EUROPA PRESS"): a caption credited to the paper or the agency. A menu's,
    /// the calendar's or a reader's word in capitals ("/ PORTADA", "/ LUNES", "/ SUSCRÍBETE") credits nothing.
    /// </summary>
    public static bool EndsWithCapitalsAfterSlash(string text)
    {
        if (!CreditAfterSlash(text, out var credit) || Digits.Any(text.AsSpan()))
        {
            return false;
        }

        var words = 0;
        var reader = new WordReader(credit);
        while (reader.Read())
        {
            var word = reader.Word;
            if (++words > MaxCapitalsCreditWords || !IsAllCapitals(word) || (words == 1 && word.Length < MinCapitalsCreditLetters)
                || LexiconTables.Calendar.Contains(word) || LexiconTables.MenuWords.Contains(word) || LexiconTables.ReaderWords.Contains(word)
                || (Stopwords.IsStopword(word) && !Metadata.NameParticles.InTitles.Contains(word)))
            {
                return false;
            }
        }

        return words > 0 && IsOnlyWords(credit);
    }

    /// <summary>
    /// Whether <paramref name="text"/> is one short sentence with no number, a spaced slash, one to three initials and a
    /// surname of one or two capitalised words ("J. M. Ortega", "A. Rossi"): a caption credited to its photographer.
    /// </summary>
    public static bool EndsWithInitialledNameAfterSlash(string text)
    {
        if (!CreditAfterSlash(text, out var credit) || Digits.Any(text.AsSpan()))
        {
            return false;
        }

        // The initials: a capital letter and its stop, a space or a hyphen after it ("J. M.", "J.M.", "M.-L.").
        var initials = 0;
        var i = 0;
        while (i + 1 < credit.Length && char.IsUpper(credit[i]) && credit[i + 1] == '.')
        {
            if (++initials > MaxInitialsBeforeSurname)
            {
                return false;
            }

            i += 2;
            while (i < credit.Length && credit[i] is ' ' or '-')
            {
                i++;
            }
        }

        var surname = credit.Slice(i);
        return initials > 0 && surname.Length > 0 && surname.IndexOf('.') < 0 && IsCapitalisedWords(surname, 1)
            && !Words.MoreThan(surname, MaxSurnameWords) && !HasListedWord(surname);
    }

    // The credit after a caption's one short sentence and a spaced slash: "… de la plaza. / EL ECO". A headline's or a
    // menu's slash has no sentence's stop before it.
    private static bool CreditAfterSlash(string text, out ReadOnlySpan<char> credit)
    {
        credit = default;
        var slash = text.LastIndexOf(" / ", StringComparison.Ordinal);
        if (slash <= 0 || !Punctuation.IsTerminal(text[slash - 1]) || !IsOneShortSentence(text, slash - 1))
        {
            return false;
        }

        credit = Whitespace.Trim(text.AsSpan(slash + 3));
        return credit.Length > 0;
    }

    // Every letter a capital: "ECO", "PRESS"; "Heraldo" or "de" is a name written as names are.
    private static bool IsAllCapitals(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            if (!char.IsUpper(c))
            {
                return false;
            }

            letters++;
        }

        return letters > 0;
    }
}
