using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A dateline glued under a headline often opens with the day of the week, in lower case where the language writes it so
/// ("lunedì 10 marzo 2025, 12:05", "martes, 4 de marzo de 2025", "dinsdag 4 maart 2025, 14:32", "terça-feira, 11 de março
/// de 2025 às 09:12") and capitalised elsewhere ("Dienstag, 4. März 2025", "Tuesday 4 March 2025"): a weekday of any
/// lexicon, a comma at most, then a date and its time alone, is a dateline as the date alone is.
/// </summary>
internal static partial class HeadlineDatelines
{
    // The date alone, or after the day of the week that names it.
    private static bool IsDateline(ReadOnlySpan<char> line)
        => BlockSplitter.IsDateAlone(line) || IsWeekdayDateline(line);

    // Whether the line above goes on into the dateline. A weekday in lower case opens the dateline, not a sentence's next
    // word ("… solo in autunno" / "lunedì 10 marzo 2025"): only a line above that ends on a function word ("… empezará el" /
    // "martes, 4 de marzo de 2025") goes on into it.
    private static bool GoesOnInto(ReadOnlySpan<char> last, ReadOnlySpan<char> date)
        => IsWeekdayDateline(date)
            ? char.IsLetter(last[last.Length - 1]) && Stopwords.IsStopwordOrElision(RunningLines.LastWord(last))
            : RunningLines.GoesOn(last, date);

    /// <summary>
    /// Whether <paramref name="line"/> is a weekday, a comma at most, and then a date and its time alone: "martes, 4 de
    /// marzo de 2025, 10:15". "lunedì si vota in consiglio" names no date, and "martes, 4 de marzo de 2025, el pleno
    /// aprobó …" goes on with a clause.
    /// </summary>
    internal static bool IsWeekdayDateline(ReadOnlySpan<char> line)
    {
        var reader = new WordReader(line);
        if (!reader.Read() || reader.Start != 0)
        {
            return false;
        }

        var weekday = reader.Word;
        if (!LexiconTables.Calendar.Contains(weekday) || LexiconTables.Months.Contains(weekday))
        {
            return false;
        }

        var rest = line.Slice(reader.Start + reader.Length);
        if (rest.Length > 0 && rest[0] == ',')
        {
            rest = rest.Slice(1);
        }

        rest = Whitespace.Trim(rest);
        return rest.Length > 0 && BlockSplitter.IsDateAlone(rest);
    }
}
