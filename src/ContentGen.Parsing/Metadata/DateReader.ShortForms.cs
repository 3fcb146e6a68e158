using System;

namespace ContentGen.Parsing.Metadata;

// Session 55: dates sites print shorter than the grid's first forms. A two-digit year after a month's name ("12 Mar 24",
// "12 mars 24"), and a stamp in ISO 8601 with its time glued to the day ("2024-03-12T18:05:33+01:00", "…T18:05:33Z"),
// as a page's metadata line copies it from the page's head. Both read in every language: the forms hold no word of one.
internal static partial class DateReader
{
    // "12T18": the day, the letter T and the hour.
    private const int IsoDayAndHourLength = 5;

    // "12 Mar 24": two digits after a month's name are its year only where the date ends there, at the line's end or
    // before a mark ("12 Mar 24, 18:05", "12 Mar 24 | 4 min"), or a clock follows ("12 Mar 24 18:05"). "12 mars 24 heures",
    // "12 March 24 people" run on with a word: a count, not a year.
    private static bool IsShortYearAfterMonth(Tokens words, int y)
    {
        // "12 mars 18:05", "12 Mar 18.05 GMT": two digits glued to minutes are the hour, the year left out.
        if (y >= words.Count || words.Length(y) != 2 || words.Number(y) < 0 || words.Joined(y) is ':' or '.')
        {
            return false;
        }

        var rest = words.After(y).TrimStart();
        if (rest.Length == 0)
        {
            return true;
        }

        return !char.IsLetter(rest[0]) && (!char.IsDigit(rest[0]) || (y + 2 < words.Count && words.Joined(y + 1) is ':' or '.' && words.Number(y + 2) >= 0));
    }

    // "2024-03-12T18": a four-digit year, a month and a day with the hour glued after a T, joined by hyphens.
    private static (int Year, int Month, int Day, int Last) IsoStampDate(Tokens words, int i)
    {
        if (words.Length(i) != 4 || i + 2 >= words.Count || words.Joined(i) != '-' || words.Joined(i + 1) != '-'
            || words.Number(i) is not (var year and >= 0) || words.Number(i + 1) is not (var month and >= 0))
        {
            return (0, 0, 0, -1);
        }

        var day = words[i + 2];
        return day.Length == IsoDayAndHourLength && day[2] is 'T' or 't' && ValueOf(day.Slice(0, 2)) is var d && d >= 0 && ValueOf(day.Slice(3)) >= 0
            ? Valid(year, month, d, i + 2)
            : (0, 0, 0, -1);
    }

    // The time glued to an ISO stamp's day ("12T18" then ":05"), or -1.
    private static (int Hour, int Minute) IsoStampTime(Tokens words, int last)
    {
        var day = words[last];
        if (day.Length != IsoDayAndHourLength || day[2] is not ('T' or 't') || last + 1 >= words.Count || words.Joined(last) != ':'
            || words.Length(last + 1) != 2)
        {
            return (-1, -1);
        }

        return Clock(ValueOf(day.Slice(3)), words.Number(last + 1));
    }
}
