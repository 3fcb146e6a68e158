using System;
using ContentGen.Parsing.Lexicons;

namespace ContentGen.Parsing.Metadata;

// A clock that tells how long an episode or a video runs is no time of publication. A podcast's or a video's
// page prints its length beside its day ("Duur: 23:14 · 2 december 2026", "2 Dec 2026 · 23:14 min"): the day is still
// the page's date, the figures are minutes and seconds. A length reads by its label right before the clock (the
// lexicons' LengthLabels: "Duration", "Durée", "Dauer", "Duración", "Durata", "Duração", "Duur") or by a minute's unit
// right after it ("23:14 min"); a stamp's clock ("Published: 2 December 2026, 23:14", "Stand: 02.12.2026, 23:14 Uhr")
// has neither.
internal static partial class DateReader
{
    // Whether the clock on words `first` to `last` is a length: "Duur: 23:14", "Durée : 1 h 05", "23:14 min".
    private static bool IsLength(Tokens words, int first, int last)
        => (first > 0 && LexiconTables.LengthLabels.Contains(words[first - 1]) && IsLabelGap(Between(words, first - 1, first)))
        || (last + 1 < words.Count && LexiconTables.MinuteWords.Contains(words[last + 1]) && Between(words, last, last + 1).IsWhiteSpace());

    // What stands between word `before` and word `after`: a space, a colon or both ("Duur: ", "Durée : ").
    private static ReadOnlySpan<char> Between(Tokens words, int before, int after)
    {
        var end = words.Before(before).Length + words.Length(before);
        return words.Before(after).Slice(end);
    }

    // A label and its figures are apart by spaces and one colon at most: "Dauer 23:14", "Dauer: 23:14", "Durée : 23:14".
    private static bool IsLabelGap(ReadOnlySpan<char> gap)
    {
        var colons = 0;
        foreach (var c in gap)
        {
            if (c == ':')
            {
                colons++;
            }
            else if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return colons <= 1;
    }
}
