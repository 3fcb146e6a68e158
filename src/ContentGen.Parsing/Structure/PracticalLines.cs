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
    /// of the article: no stamp's word ("Publié", "Updated"), no name or credit, before the date or
    /// beside a stamp's mark ("Céline Garnier, le 12 octobre 2022", "Céline Garnier • 12 octobre 2022"),
    /// and the words of a clause, a function word among them.
    /// </summary>
    public static bool IsArticleLine(TextBlock block)
    {
        var text = block.Text;
        var facts = block.Facts;
        if (!facts.IsBylineOrDate || facts.IsAuthorLine || facts.IsCaption || facts.Words < MinWords
            || LexiconTables.DatelinePrefixes.StartsAny(text.AsSpan()) || text.IndexOfAny(s_stampMarks) >= 0
            || Metadata.AuthorReader.ReadLeadingName(text.AsSpan()) is not null)
        {
            return false;
        }

        return facts.StopwordHits >= MinFunctionWords && SaysWhat(text);
    }

    // Whether a word of `text` says what happens or where ("Réunion", "salle"): a dateline's words are only its
    // date and time, the calendar's and function words ("Le 14/03/2024 à 09:45", "14 de marzo de 2024, 09:45",
    // "Thursday 14 March 2024 09.45 GMT"), and short ones a clock may print ("h", "Uhr", "uur", "ore").
    private static bool SaysWhat(string text)
    {
        var reader = new WordReader(text.AsSpan());
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
}
