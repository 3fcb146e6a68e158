using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Metadata;

/// <summary>
/// Reads an absolute date, and the time of day when one follows it, out of a dateline in any
/// lexicon's language: "12/03/2024", "Publié le 12/03/2024 à 18h05", "12. März 2024, 14:30 Uhr",
/// "12 de marzo de 2024", "March 12, 2024", "31 déc. 2022". Gives ISO 8601 ("2024-03-12",
/// "2024-03-12T18:05"). A relative date ("3 hours ago") names no day, so it gives nothing.
/// </summary>
internal static partial class DateReader
{
    // A dateline is short; a longer line is prose that happens to hold a date.
    private const int MaxWords = 24;

    // The time stands right after the date: "à 18h05", ", 14:30 Uhr", "- 10:45".
    private const int TimeReach = 3;

    // Or just before it: "08h14, le 3 mars 2023", "6:05 PM GMT, 12 March 2024".
    private const int TimeBefore = 4;

    // A dateline's date opens it, after a weekday at most: "Tuesday, March 12, 2024".
    private const int OpeningWords = 5;

    private const int MinYear = 1900;

    // A date's numbers run to a year's four digits: a longer run of digits is no day, hour or year.
    private const int MaxNumberDigits = 4;

    // The last two-digit year read as this century's ("49" is 2049, "50" 1950).
    private const int TwoDigitYearMax = 49;
    private const int MaxYear = 2100;

    // An abbreviated month ("déc.", "Sept") names one month only from this many letters on.
    private const int MinMonthPrefix = 3;

    private static readonly WordTable s_months = MonthTable();

    // Words a day, month and year may be written with in between: "12 de marzo de 2024", "12 mars 2024".
    private static readonly WordTable s_dateJoiners = WordTable.Of(new[] { "de", "del", "of" });

    // Spanish says "at" in two words ("a las 12:30", "a la 1:15"): they do not count against the time's reach.
    private static readonly WordTable s_timeJoiners = WordTable.Of(new[] { "a", "las", "la" });

    // Words that make a bare number after a date an hour on the clock: "18 Uhr", "à 18 h", "om 18 uur", "à 18 heures",
    // "a las 18 horas". Without one a number after a date may be anything ("12 mars 2024 3 commentaires").
    private static readonly WordTable s_hourWords = WordTable.Of(new[] { "h", "uhr", "uur", "heures", "horas", "hrs" });

    /// <summary>The ISO 8601 date (with the time when given) in <paramref name="line"/>, or <see langword="null"/>.</summary>
    public static string? Read(ReadOnlySpan<char> line)
    {
        if (!HasDigit(line))
        {
            return null;
        }

        // "Mis à jour le 13/03/2024 | Publié le 12/03/2024": the first publication's date, not the update's.
        line = PublicationPart(line);

        // "Publié8 décembre 2022": a stamp's opening word may have lost the space after it. A broadcast's stamp opens on
        // its own words ("Emitido el 21/05/2025 a las 08:15"), read past as a publication's are.
        var opening = LexiconTables.DatelinePrefixes.LongestStart(line);
        line = line.Slice(opening > 0 ? opening : LexiconTables.BroadcastPrefixes.LongestStart(line));

        Span<int> starts = stackalloc int[MaxWords];
        Span<int> lengths = stackalloc int[MaxWords];
        var count = 0;
        var reader = new WordReader(line);
        while (reader.Read())
        {
            if (count == MaxWords)
            {
                return null;
            }

            starts[count] = reader.Start;
            lengths[count] = reader.Length;
            count++;
        }

        var words = new Tokens(line, starts.Slice(0, count), lengths.Slice(0, count));
        for (var i = 0; i < count; i++)
        {
            if (ReadDate(words, i) is var (year, month, day, last) && last >= 0)
            {
                // "2024-03-12T18:05:33+01:00": a stamp's time is glued to its day.
                if (IsoStampTime(words, last) is var (isoHour, isoMinute) && isoHour >= 0)
                {
                    return Stamp(year, month, day, isoHour, isoMinute);
                }

                // "08h14, le 3 mars 2023, modifié à 09h02": a time just before the date is its own.
                var time = ReadTime(words, Math.Max(0, i - TimeBefore), i);
                var after = last + 1;
                while (after < words.Count && after <= last + 2 && s_timeJoiners.Contains(words[after]))
                {
                    after++;
                }

                return (time.Hour >= 0 ? time : ReadTime(words, after, after + TimeReach)) is var (hour, minute) && hour >= 0
                    ? Stamp(year, month, day, hour, minute)
                    : Stamp(year, month, day);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="line"/> is an update stamp ("Mis à jour le 13/03/2024", "Aktualisiert am …") that
    /// prints no publication stamp after it: its date is no first publication's.
    /// </summary>
    public static bool IsUpdateStamp(ReadOnlySpan<char> line)
        => LexiconTables.UpdatePrefixes.StartsAny(line) && PublicationPart(line).Length == line.Length;

    // From the first stamp word that announces no update, when the line opens with an update's:
    // "Aktualisiert am 13.03.2024 | Erstellt am 12.03.2024" reads from "Erstellt"; else the line.
    private static ReadOnlySpan<char> PublicationPart(ReadOnlySpan<char> line)
    {
        if (!LexiconTables.UpdatePrefixes.StartsAny(line))
        {
            return line;
        }

        var reader = new WordReader(line);
        reader.Read();
        while (reader.Read())
        {
            var rest = line.Slice(reader.Start);
            if (LexiconTables.DatelinePrefixes.StartsAny(rest) && !LexiconTables.UpdatePrefixes.StartsAny(rest))
            {
                return rest;
            }
        }

        return line;
    }

    // A date whose first word is `i`: its year, month, day and last word, or last -1.
    private static (int Year, int Month, int Day, int Last) ReadDate(Tokens words, int i)
    {
        var none = (0, 0, 0, -1);
        if (words.DayNumber(i) > 0 || words.Number(i) >= 0)
        {
            var first = words.Number(i);
            // 12/03/2024, 12.03.2024, 2024-03-12: three numbers joined by one separator, no space.
            if (first >= 0 && i + 2 < words.Count && words.Joined(i) is var separator and ('/' or '.' or '-') && words.Joined(i + 1) == separator
                && words.Number(i + 1) is var second && second >= 0 && words.Number(i + 2) is var third && third >= 0)
            {
                return words.Length(i) == 4
                    ? Valid(first, second, third, i + 2)
                    : words.Length(i + 2) == 4 ? DayMonth(first, second, third, i + 2)
                    : IsTwoDigitDate(words, i, separator) ? DayMonth(first, second, Century(third), i + 2) : none;
            }

            // "2024-03-12T18:05:33+01:00": the day of a stamp in ISO 8601, its time glued to it.
            if (IsoStampDate(words, i) is var iso && iso.Last >= 0)
            {
                return iso;
            }

            // 12 March 2024, 12. März 2024, 12 de marzo de 2024, 1er janvier 2023.
            var day = words.DayNumber(i);
            var m = Skip(words, i + 1);
            if (day > 0 && m < words.Count && Month(words, m) is var month && month > 0)
            {
                var y = Skip(words, m + 1);
                return y < words.Count && words.Length(y) == 4 && words.Number(y) is var year && year >= 0 ? Valid(year, month, day, y)
                    : IsShortYearAfterMonth(words, y) ? Valid(Century(words.Number(y)), month, day, y) : none;
            }

            return none;
        }

        // March 12, 2024
        if (Month(words, i) is var named && named > 0 && i + 2 < words.Count && words.DayNumber(i + 1) is var d && d > 0
            && words.Length(i + 2) == 4 && words.Number(i + 2) is var y2 && y2 >= 0)
        {
            return Valid(y2, named, d, i + 2);
        }

        return none;
    }

    // "14/03/24": three runs of two digits and nothing of the kind on either side, so that a phone number
    // ("06-12-24-55-10") or an address ("10.12.24.5") is none.
    // "12.3.24", "12/3/24": after a day of two digits the month may have one (session 55); a run that opens with one
    // digit ("3/9/24", "2.10.24") is as often a version or a score.
    private static bool IsTwoDigitDate(Tokens words, int i, char separator)
        => words.Length(i) == 2 && words.Length(i + 1) is 1 or 2 && words.Length(i + 2) == 2
        && !(i > 0 && words.Joined(i - 1) == separator && words.Number(i - 1) >= 0)
        && !(i + 3 < words.Count && words.Joined(i + 2) == separator && words.Number(i + 3) >= 0);

    // A two-digit year is this century's up to '49 and the last one's after, as .NET's calendars read it.
    private static int Century(int year) => year <= TwoDigitYearMax ? 2000 + year : 1900 + year;

    // Day first, as Europe writes it, unless the day cannot be one: 03/12/2024 is 3 December, 12/31/2024 31 December.
    private static (int, int, int, int) DayMonth(int first, int second, int year, int last)
        => second > 12 && first <= 12 ? Valid(year, first, second, last) : Valid(year, second, first, last);

    private static (int Year, int Month, int Day, int Last) Valid(int year, int month, int day, int last)
    {
        if (year < MinYear || year > MaxYear || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return (0, 0, 0, -1);
        }

        return (year, month, day, last);
    }

    // The time of day among the first words from `from`: "18h05", "14:30", "10.45 Uhr". A clock that tells a length
    // ("Duur: 23:14", "23:14 min") is no time, and the words after it in the reach are the length's.
    private static (int Hour, int Minute) ReadTime(Tokens words, int from, int to)
    {
        for (var i = from; i < words.Count && i < to; i++)
        {
            // A clock's shape ends the search, its hour out of range ("25 Uhr") or not.
            if (ClockAt(words, i, to) is var (hour, minute, last) && last >= 0)
            {
                return hour < 0 || IsLength(words, i, last) ? (-1, -1) : (hour, minute);
            }
        }

        return (-1, -1);
    }

    // The clock that opens at word `i` and the word it ends on: Last -1 when no clock's shape opens there, Hour -1 when
    // one does but its figures tell no hour ("25 Uhr").
    private static (int Hour, int Minute, int Last) ClockAt(Tokens words, int i, int to)
    {
        var word = words[i];
        var h = word.IndexOfAny('h', 'H');
        if (h is 1 or 2 && h + 3 == word.Length && ValueOf(word.Slice(0, h)) is var hour && ValueOf(word.Slice(h + 1)) is var minute)
        {
            return Ends(Clock(hour, minute), i);
        }

        // "18 h 05": the hour, the letter and the minutes apart.
        if (i + 2 < words.Count && i + 2 < to + 1 && words.Length(i) <= 2 && IsHourLetter(words[i + 1]) && words.Length(i + 2) == 2
            && words.Number(i) is var spacedHour && spacedHour >= 0 && words.Number(i + 2) is var spacedMinute && spacedMinute >= 0
            && !OpensNumericDate(words, i + 2))
        {
            return Ends(Clock(spacedHour, spacedMinute), i + 2);
        }

        // "18h", "9H": the hour alone, its letter glued after it.
        if (h == word.Length - 1 && h is 1 or 2 && ValueOf(word.Slice(0, h)) is var gluedHour && gluedHour >= 0 && !IsAge(words, i, i)
            && !RunsOnAsDuration(words, i))
        {
            return Ends(Clock(gluedHour, 0), i);
        }

        // "6pm", "11am": a twelve-hour clock's hour alone.
        if (word.Length is 3 or 4 && word[word.Length - 1] is 'm' or 'M' && word[word.Length - 2] is 'a' or 'A' or 'p' or 'P'
            && ValueOf(word.Slice(0, word.Length - 2)) is var meridiemHour && meridiemHour is >= 1 and <= 12 && !IsAge(words, i, i))
        {
            return Ends(Clock(Meridiem(meridiemHour, word[word.Length - 2] is 'p' or 'P'), 0), i);
        }

        // "18 Uhr", "18 h", "18 uur", "6 pm": the hour alone, its word after it.
        if (i + 1 < words.Count && words.Length(i) <= 2 && words.Number(i) is var spokenHour && spokenHour >= 0
            && (s_hourWords.Contains(words[i + 1]) || IsMeridiem(words, i + 1)) && !IsAge(words, i, i + 1)
            && !(s_hourWords.Contains(words[i + 1]) && RunsOnAsDuration(words, i + 1)))
        {
            return Ends(Clock(TwelveHour(words, i + 1, spokenHour), 0), i + 1);
        }

        // "14:30", "18.05 GMT", "10.45 Uhr", "18:05h".
        if (i + 1 < to && i + 1 < words.Count && words.Length(i) <= 2 && words.Joined(i) is ':' or '.'
            && words.Number(i) is var hh && hh >= 0 && Minutes(words[i + 1]) is var mm && mm >= 0)
        {
            return Ends(Clock(GluedMeridiem(words[i + 1]) is var glued and not 0 ? Meridiem(hh, glued > 0) : TwelveHour(words, i + 2, hh), mm), i + 1);
        }

        return (-1, -1, -1);
    }

    // A clock read, its hour -1 when out of range, with the word it ends on.
    private static (int Hour, int Minute, int Last) Ends((int Hour, int Minute) clock, int last) => (clock.Hour, clock.Minute, last);

    /// <summary>
    /// Whether <paramref name="line"/> is a dateline ending on a clock's "a.m." or "p.m.", whose full stop ends no
    /// sentence: it opens with its date ("Mar. 12, 2024 at 6:05 p.m.", "Tuesday, March 12, 2024, 6:05 a.m."), where
    /// "The ferry left at 6:05 p.m." is a sentence.
    /// </summary>
    public static bool EndsOnMeridiem(ReadOnlySpan<char> line)
    {
        line = Whitespace.Trim(line);
        if (!EndsOnMeridiemMarks(line))
        {
            return false;
        }

        Span<int> starts = stackalloc int[OpeningWords];
        Span<int> lengths = stackalloc int[OpeningWords];
        var count = ReadOpeningWords(line, starts, lengths);

        var words = new Tokens(line, starts.Slice(0, count), lengths.Slice(0, count));
        var first = count > 0 && LexiconTables.Calendar.Contains(words[0]) && !LexiconTables.Months.Contains(words[0]) ? 1 : 0;
        return first < count && ReadDate(words, first).Last >= 0;
    }

    /// <summary>
    /// Whether <paramref name="line"/> opens with a whole date, after one word at most (a weekday, whole or short):
    /// "Mar 14, 2024", "Thu 14 Mar 2024 09.45 GMT", "do 14 mrt 2024".
    /// </summary>
    public static bool OpensWithDate(ReadOnlySpan<char> line)
    {
        Span<int> starts = stackalloc int[OpeningWords];
        Span<int> lengths = stackalloc int[OpeningWords];
        var count = ReadOpeningWords(line, starts, lengths);

        var words = new Tokens(line, starts.Slice(0, count), lengths.Slice(0, count));
        return (count > 0 && ReadDate(words, 0).Last >= 0) || (count > 1 && char.IsLetter(line[starts[0]]) && ReadDate(words, 1).Last >= 0);
    }

    /// <summary>
    /// Where the whole date <paramref name="line"/> opens with ends ("14 février 2025" in "14 février 2025 à 09h12"), or -1
    /// when the line opens with none.
    /// </summary>
    public static int OpeningDateEnd(ReadOnlySpan<char> line)
    {
        Span<int> starts = stackalloc int[OpeningWords];
        Span<int> lengths = stackalloc int[OpeningWords];
        var count = ReadOpeningWords(line, starts, lengths);

        var words = new Tokens(line, starts.Slice(0, count), lengths.Slice(0, count));
        var last = count > 0 ? ReadDate(words, 0).Last : -1;
        return last < 0 ? -1 : starts[last] + lengths[last];
    }

    /// <summary>
    /// The year of <paramref name="text"/> when it is one whole date and nothing else ("3. Mai 1931", "4 de maio de 1931",
    /// "3.5.1931"), else 0.
    /// </summary>
    public static int YearOfWholeDate(ReadOnlySpan<char> text)
    {
        Span<int> starts = stackalloc int[OpeningWords];
        Span<int> lengths = stackalloc int[OpeningWords];
        var count = ReadOpeningWords(text, starts, lengths);
        if (count == 0)
        {
            return 0;
        }

        var date = ReadDate(new Tokens(text, starts.Slice(0, count), lengths.Slice(0, count)), 0);
        return date.Last >= 0 && starts[date.Last] + lengths[date.Last] == text.Length ? date.Year : 0;
    }

    // The first words of `line`, as many as `starts` has room for, in place: how many there are.
    private static int ReadOpeningWords(ReadOnlySpan<char> line, Span<int> starts, Span<int> lengths)
    {
        var count = 0;
        var reader = new WordReader(line);
        while (count < starts.Length && reader.Read())
        {
            starts[count] = reader.Start;
            lengths[count] = reader.Length;
            count++;
        }

        return count;
    }

    private static bool EndsOnMeridiemMarks(ReadOnlySpan<char> line)
    {
        return line.Length >= 4 && line[line.Length - 1] == '.' && line[line.Length - 3] == '.' && line[line.Length - 2] is 'm' or 'M'
            && line[line.Length - 4] is 'a' or 'A' or 'p' or 'P' && (line.Length == 4 || !char.IsLetter(line[line.Length - 5]));
    }

    // "6:12 p.m.", "6:12 pm": the afternoon's hours count from noon, and 12 a.m. is midnight.
    private static int TwelveHour(Tokens words, int i, int hour)
    {
        if (i >= words.Count || hour > 12)
        {
            return hour;
        }

        var word = words[i];
        var pm = word.Equals("pm".AsSpan(), StringComparison.OrdinalIgnoreCase)
            || (word.Equals("p".AsSpan(), StringComparison.OrdinalIgnoreCase) && i + 1 < words.Count && words[i + 1].Equals("m".AsSpan(), StringComparison.OrdinalIgnoreCase));
        var am = word.Equals("am".AsSpan(), StringComparison.OrdinalIgnoreCase)
            || (word.Equals("a".AsSpan(), StringComparison.OrdinalIgnoreCase) && i + 1 < words.Count && words[i + 1].Equals("m".AsSpan(), StringComparison.OrdinalIgnoreCase));
        return pm && hour < 12 ? hour + 12 : am && hour == 12 ? 0 : hour;
    }

    // Whether words `first` to `last` tell an age, not a clock: "il y a 3 h", "vor 3 Stunden", "3 hrs ago".
    private static bool IsAge(Tokens words, int first, int last)
        => LexiconTables.RelativeDatePrefixes.EndsAny(words.Before(first)) || LexiconTables.RelativeDateSuffixes.StartsAny(words.After(last));

    // "3 h de lecture", "2 hrs read", "2 uur leestijd": an hour's word run on by a word in lower case says how long
    // something takes. A time stands at the line's end or before punctuation ("à 18 h", "18h - mis à jour", "18h, Paris").
    private static bool RunsOnAsDuration(Tokens words, int hourWord)
        => words.After(hourWord).TrimStart() is var rest && rest.Length > 0 && char.IsLower(rest[0]);

    // "pm", "a.m.": the word at `i` says which half of the day a twelve-hour clock counts.
    private static bool IsMeridiem(Tokens words, int i)
    {
        var word = words[i];
        if (word.Length == 2 && word[1] is 'm' or 'M')
        {
            return word[0] is 'a' or 'A' or 'p' or 'P';
        }

        return word.Length == 1 && word[0] is 'a' or 'A' or 'p' or 'P' && i + 1 < words.Count && words[i + 1].Equals("m".AsSpan(), StringComparison.OrdinalIgnoreCase);
    }

    // "00pm": 1 for the afternoon, -1 for the morning, 0 for minutes with no meridiem glued to them.
    private static int GluedMeridiem(ReadOnlySpan<char> minutes)
    {
        if (minutes.Length != 4 || minutes[3] is not ('m' or 'M'))
        {
            return 0;
        }

        return minutes[2] is 'p' or 'P' ? 1 : minutes[2] is 'a' or 'A' ? -1 : 0;
    }

    // The hour on a twelve-hour clock: the afternoon's count from noon, and 12 a.m. is midnight.
    private static int Meridiem(int hour, bool pm) => hour > 12 ? hour : pm && hour < 12 ? hour + 12 : !pm && hour == 12 ? 0 : hour;

    // "il y a 3 h · 12/03/2024": the figure after an hour's letter that opens a date in figures is the date's day, not the
    // minutes of "18 h 05".
    private static bool OpensNumericDate(Tokens words, int i)
        => words.Joined(i) is '/' or '.' or '-' && i + 1 < words.Count && words.Number(i + 1) >= 0;

    private static bool IsHourLetter(ReadOnlySpan<char> word) => word.Length == 1 && word[0] is 'h' or 'H';

    // A clock's minutes: two digits, with the hour's "h" glued after them at times ("18:05h"), or the meridiem
    // ("6.00am", "7:45pm").
    private static int Minutes(ReadOnlySpan<char> word)
    {
        if (word.Length == 3 && word[2] is 'h' or 'H')
        {
            word = word.Slice(0, 2);
        }
        else if (word.Length == 4 && GluedMeridiem(word) != 0)
        {
            word = word.Slice(0, 2);
        }

        return word.Length == 2 ? ValueOf(word) : -1;
    }

    private static (int, int) Clock(int hour, int minute) => hour is >= 0 and < 24 && minute is >= 0 and < 60 ? (hour, minute) : (-1, -1);

    private static int Skip(Tokens words, int i)
    {
        while (i < words.Count && s_dateJoiners.Contains(words[i]))
        {
            i++;
        }

        return i;
    }

    // The month a word names, 1 to 12, or 0: a whole name in any language, or the start of
    // names that all mean the same month ("déc" of "décembre", "dec" of "december" and "dezember").
    private static int Month(Tokens words, int i) => MonthOf(words[i]);

    /// <summary>Whether <paramref name="word"/> names a month, whole or shortened ("March", "mrt", "Sept").</summary>
    public static bool IsMonth(ReadOnlySpan<char> word) => MonthOf(word) > 0;

    private static int MonthOf(ReadOnlySpan<char> word)
    {
        var exact = s_months.Flags(word);
        if (exact != 0 || word.Length < MinMonthPrefix || !char.IsLetter(word[0]))
        {
            return exact;
        }

        var found = 0;
        var lexicons = Lexicon.All;
        for (var l = 0; l < lexicons.Count; l++)
        {
            var lexicon = lexicons[l];
            for (var m = 0; m < lexicon.Months.Length; m++)
            {
                var name = lexicon.Months[m];
                if (name.Length > word.Length && name.AsSpan(0, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    if (found != 0 && found != m + 1)
                    {
                        return 0;
                    }

                    found = m + 1;
                }
            }
        }

        return found;
    }

    internal static WordTable MonthTable()
    {
        var entries = new List<(string, int)>();
        foreach (var lexicon in Lexicon.All)
        {
            for (var m = 0; m < lexicon.Months.Length; m++)
            {
                entries.Add((lexicon.Months[m], m + 1));
            }

            // "Jänner", "setiembre", "fevrier": another spelling of one of the language's months (a dump's without its accents).
            foreach (var variant in lexicon.MonthVariants)
            {
                var split = variant.IndexOf('=');
                var month = split > 0 ? Array.IndexOf(lexicon.Months, variant.Substring(split + 1)) : -1;
                if (month >= 0)
                {
                    entries.Add((variant.Substring(0, split), month + 1));
                }
            }

            // "jan" is Dutch's and German's short January alike: a word given twice names the same month.
            for (var m = 0; m < lexicon.ShortMonths.Length; m++)
            {
                entries.Add((lexicon.ShortMonths[m], m + 1));
            }
        }

        return new WordTable(entries);
    }

    // "2024-03-12", "2024-03-12T18:05": the stamp written once, not joined from a string a field
    // (a footer's dated items ask for many a date only to know that there is one).
    private static string Stamp(int year, int month, int day, int hour = -1, int minute = 0)
    {
        Span<char> stamp = stackalloc char[MaxStampLength];
        var length = 0;
        Append(stamp, ref length, year, 4);
        stamp[length++] = '-';
        Append(stamp, ref length, month, 2);
        stamp[length++] = '-';
        Append(stamp, ref length, day, 2);
        if (hour >= 0)
        {
            stamp[length++] = 'T';
            Append(stamp, ref length, hour, 2);
            stamp[length++] = ':';
            Append(stamp, ref length, minute, 2);
        }

        return stamp.Slice(0, length).ToString();
    }

    // "2024-03-12T18:05": every field at its fixed width.
    private const int MaxStampLength = 16;

    // The value in exactly `digits` digits, padded with zeros, as the format "00" writes it. Every value fits
    // its field and none is negative: a date comes only through Valid (a year from 1900 to 2100, a month from
    // 1 to 12, a day from 1 to 31), a time only through Clock (an hour from 0 to 23, a minute from 0 to 59),
    // and Stamp's callers write a time only when its hour is one.
    private static void Append(Span<char> stamp, ref int length, int value, int digits)
    {
        for (var k = digits - 1; k >= 0; k--)
        {
            stamp[length + k] = (char)('0' + (value % 10));
            value /= 10;
        }

        length += digits;
    }

    private static bool HasDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9')
            {
                return true;
            }
        }

        return false;
    }

    // The value of a run of ASCII digits, a year's at the longest, or -1.
    private static int ValueOf(ReadOnlySpan<char> text) => Digits.Value(text, MaxNumberDigits);

    // The words of a line as offsets, with what joins each to the next.
    private readonly ref struct Tokens
    {
        private readonly ReadOnlySpan<char> _line;
        private readonly ReadOnlySpan<int> _starts;
        private readonly ReadOnlySpan<int> _lengths;

        public Tokens(ReadOnlySpan<char> line, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths)
        {
            _line = line;
            _starts = starts;
            _lengths = lengths;
        }

        public int Count => _starts.Length;

        public ReadOnlySpan<char> this[int i] => _line.Slice(_starts[i], _lengths[i]);

        public int Length(int i) => _lengths[i];

        // The line before word `i` and after word `i`.
        public ReadOnlySpan<char> Before(int i) => _line.Slice(0, _starts[i]);

        public ReadOnlySpan<char> After(int i) => _line.Slice(_starts[i] + _lengths[i]);

        // The number word `i` is, or -1.
        public int Number(int i) => ValueOf(this[i]);

        // A day of the month: "12", "1er", "1st", "3rd"; or 0.
        public int DayNumber(int i)
        {
            var word = this[i];
            var digits = Digits.End(word, 0);

            if (digits is 0 or > 2 || (digits < word.Length && !IsOrdinalSuffix(word.Slice(digits))))
            {
                return 0;
            }

            var day = ValueOf(word.Slice(0, digits));
            return day is >= 1 and <= 31 ? day : 0;
        }

        // The one character between word `i` and the next when nothing else is, else '\0'.
        public char Joined(int i)
        {
            var end = _starts[i] + _lengths[i];
            return i + 1 < _starts.Length && _starts[i + 1] == end + 1 ? _line[end] : '\0';
        }

        // "1er", "1st", and the ordinal indicators of "1º de março", "1ª".
        private static bool IsOrdinalSuffix(ReadOnlySpan<char> suffix)
            => (suffix.Length == 1 && suffix[0] is 'º' or 'ª' or '°')
            || suffix.Equals("er".AsSpan(), StringComparison.OrdinalIgnoreCase) || suffix.Equals("st".AsSpan(), StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("nd".AsSpan(), StringComparison.OrdinalIgnoreCase) || suffix.Equals("rd".AsSpan(), StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("th".AsSpan(), StringComparison.OrdinalIgnoreCase);
    }
}
