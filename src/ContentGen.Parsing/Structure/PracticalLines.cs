using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// An article's practical lines: when and where something happens ("Réunion publique jeudi 21 mars à
/// 19h30, salle des fêtes", "Open dag zaterdag 23 maart van 10.00 tot 16.00 uur"). They give a date
/// or a time, as a dateline does, but they are clauses of the article, and they announce nothing.
/// </summary>
internal static class PracticalLines
{
    // A dateline is a stamp, a name and a date; a practical line says what happens, and where.
    private const int MinWords = 6;
    private const int MinFunctionWords = 1;

    // The words a clock prints beside its digits: "h", "Uhr", "uur", "ore", "GMT".
    private const int MaxClockWordLength = 3;

    private static readonly char[] s_stampMarks = { '•', '|' };

    /// <summary>
    /// Whether <paramref name="block"/>, which reads as a dateline by its date or time alone, is a clause
    /// of the article: no stamp's word ("Publié", "Updated", "Emitido el"), no name or credit, before the date or
    /// beside a stamp's mark ("Céline Garnier, le 12 octobre 2022", "Céline Garnier • 12 octobre 2022"),
    /// and the words of a clause, a function word among them.
    /// </summary>
    public static bool IsArticleLine(TextBlock block)
    {
        // A list's bullet opening the line ("• Inscripciones hasta el 30 de abril") is no stamp's mark between its parts.
        var text = BlockSplitter.AfterBullet(block.Text.AsSpan());
        var facts = block.Facts;
        if (!facts.IsBylineOrDate || facts.IsAuthorLine || facts.IsCaption || facts.Words < MinWords
            || PageLines.OpensAsStamp(text) || text.IndexOfAny(s_stampMarks) >= 0
            || Metadata.AuthorReader.ReadLeadingName(text) is not null)
        {
            return false;
        }

        return facts.StopwordHits >= MinFunctionWords && SaysWhat(text);
    }

    // Whether a word of `text` says what happens or where ("Réunion", "salle"): a dateline's words are only its
    // date and time, the calendar's and function words ("Le 14/03/2024 à 09:45", "14 de marzo de 2024, 09:45",
    // "Thursday 14 March 2024 09.45 GMT"), and short ones a clock may print ("h", "Uhr", "uur", "ore").
    private static bool SaysWhat(ReadOnlySpan<char> text)
    {
        var reader = new WordReader(text);
        while (reader.Read())
        {
            var word = reader.Word;
            if (word.Length > MaxClockWordLength && char.IsLetter(word[0]) && !LexiconTables.Stopwords.Contains(word) && !LexiconTables.Calendar.Contains(word)
                && !IsShortMonth(word))
            {
                return true;
            }
        }

        return false;
    }

    // "mrt", "Mrz", "Sept": a short month a dateline prints.
    private static bool IsShortMonth(ReadOnlySpan<char> word) => Metadata.DateReader.IsMonth(word);

    /// <summary>
    /// Whether <paramref name="text"/> names a day of the week with a day of the month ("zaterdag 23 maart",
    /// "Donnerstag, 21. März"): an appointment, which a subheading never is.
    /// </summary>
    public static bool IsAppointment(string text)
    {
        bool weekday = false, month = false, day = false;
        var reader = new WordReader(text.AsSpan());
        while (reader.Read())
        {
            var word = reader.Word;
            var isMonth = LexiconTables.Months.Contains(word);
            month |= isMonth;
            weekday |= !isMonth && LexiconTables.Calendar.Contains(word);
            day |= word.Length <= 2 && char.IsDigit(word[0]);
        }

        return weekday && month && day;
    }

    /// <summary>
    /// Whether <paramref name="text"/> is a practical line's lead and what follows it: "Per informazioni: Ufficio Mobilità,
    /// tel. …", "For more information: Valley Water Board, 01234 567890" (the lexicons' <c>InfoLeads</c>, a colon, an
    /// office's details with a phone, an e-mail or a web address).
    /// </summary>
    public static bool IsInfoLine(ReadOnlySpan<char> text)
    {
        var lead = LexiconTables.InfoLeads.LongestStart(text);
        if (lead == 0)
        {
            return false;
        }

        // What follows the lead is an office's details: a phone, an e-mail or a web address. "More information: Privacy |
        // Cookies", "Informations : Mentions légales, Qui sommes-nous, Contact" under the article are a footer's links.
        // An office's details parted by bars ("urbanismo@… | 256 900 412", session 53) give a contact in every part.
        var rest = text.Slice(lead).TrimStart();
        return rest.Length > 1 && rest[0] == ':' && EveryPartGivesAContact(rest.Slice(1));
    }

    // The parts of `text` between bars ('|' or '·'), each a phone, an e-mail or a web address; the whole text when it has none.
    private static bool EveryPartGivesAContact(ReadOnlySpan<char> text)
    {
        var parts = new SeparatedParts(text, '|', '·');
        while (parts.Read())
        {
            if (!GivesAContact(parts.Part))
            {
                return false;
            }
        }

        return true;
    }

    // A phone (six digits or more in one run of digits and spaces), an e-mail's "@" or a web address.
    private const int MinPhoneDigits = 6;

    private static bool GivesAContact(ReadOnlySpan<char> text)
    {
        if (text.IndexOf('@') >= 0 || text.IndexOf("www.".AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0
            || text.IndexOf("://".AsSpan(), StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        return PhoneNumbers.Within(text, MinPhoneDigits);
    }

    /// <summary>
    /// Whether <paramref name="text"/> is a recipe's nutrition line: a label and its colon, then figures, one of them food
    /// energy ("Nutrition per serving: 410 kcal, 15g fat, 62g carbohydrate"; the lexicons' <c>EnergyUnits</c>).
    /// </summary>
    public static bool IsNutritionLine(ReadOnlySpan<char> text)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0 || Words.MoreThan(text, MaxNutritionWords))
        {
            return false;
        }

        var afterNumber = false;
        var reader = new WordReader(text.Slice(colon + 1));
        while (reader.Read())
        {
            var word = reader.Word;
            if (afterNumber && LexiconTables.EnergyUnits.Contains(word))
            {
                return true;
            }

            afterNumber = char.IsDigit(word[0]) && char.IsDigit(word[word.Length - 1]);
        }

        return false;
    }

    // A nutrition line is a label and a few figures.
    private const int MaxNutritionWords = 24;
}
