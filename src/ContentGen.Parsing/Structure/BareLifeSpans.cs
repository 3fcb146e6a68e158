using System;
using ContentGen.Parsing.Metadata;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Session 64 (pages2): an obituary prints the deceased's name over a line that is only the life's span, with no word of a
/// birth or a death (which <see cref="LifeSpans"/> reads): two years or two dates joined by a dash ("1931 – 2025",
/// "(1931-2025)", "12 aprile 1931 – 27 febbraio 2025"), each date after the town it happened in ("Viseu, 4 de maio de 1931
/// – Lamego, 27 de fevereiro de 2025"), or after the marks of a birth and a death ("* 3. Mai 1931 † 27. Februar 2025").
/// Dates as a dateline gives, under a name as a byline gives, yet the article's subject: the name over it is no writer.
/// A span is a life's when the first year is not after the second and no more than a long life lies between them.
/// </summary>
internal static class BareLifeSpans
{
    // A longer line is a sentence or a heading, not a span of dates with their towns.
    private const int MaxLength = 90;

    // The longest life a span is taken for; "1850 – 2025" is a firm's or a building's history.
    private const int MaxYears = 125;

    // A town before its date ("Viseu, 4 de maio de 1931"), in this many words at most.
    private const int MaxPlaceWords = 3;

    /// <summary>Whether <paramref name="line"/> is only a life's span: a birth's year or date, then a death's.</summary>
    public static bool IsSpan(ReadOnlySpan<char> line)
    {
        line = Whitespace.Trim(line);
        if (line.Length < 9 || line.Length > MaxLength)
        {
            return false;
        }

        if (line[0] == '(' && line[line.Length - 1] == ')')
        {
            line = Whitespace.Trim(line.Slice(1, line.Length - 2));
        }

        var (birthStart, split) = Halves(line);
        if (split < 0)
        {
            return false;
        }

        // The half after the dash first: on a dateline with a time ("3. März 2025 - 10:15 Uhr") it fails at once, before
        // the date is read.
        var died = YearOf(line.Slice(split + 1));
        if (died <= 0)
        {
            return false;
        }

        var born = YearOf(line.Slice(birthStart, split - birthStart));
        return born > 0 && born <= died && died - born <= MaxYears;
    }

    // Where the birth's half starts and the one character between the halves stands: a death's mark after a birth's ("* …
    // † …"), else a dash with spaces on both sides ("1931 – 2025"), else a dash between two digits ("1931-2025"). The split
    // is -1 when the line has none.
    private static (int BirthStart, int Split) Halves(ReadOnlySpan<char> line)
    {
        if (line[0] == '*')
        {
            var mark = line.IndexOfAny('†', '✝', '✟');
            return (1, mark > 1 ? mark : -1);
        }

        for (var i = 1; i < line.Length - 1; i++)
        {
            if (line[i] is '–' or '—' or '-' && (char.IsWhiteSpace(line[i - 1]) ? char.IsWhiteSpace(line[i + 1]) : char.IsDigit(line[i - 1]) && char.IsDigit(line[i + 1])))
            {
                return (0, i);
            }
        }

        return (0, -1);
    }

    // The year of a half that is only a year or a whole date, after its town; else 0.
    private static int YearOf(ReadOnlySpan<char> half)
    {
        half = Whitespace.Trim(half);
        while (half.Length > 0 && half[half.Length - 1] is ',' or ';' or '.')
        {
            half = Whitespace.Trim(half.Slice(0, half.Length - 1));
        }

        var comma = half.IndexOf(',');
        if (comma > 0 && IsPlace(half.Slice(0, comma)))
        {
            half = Whitespace.Trim(half.Slice(comma + 1));
        }

        if (half.Length == 4)
        {
            return Math.Max(Digits.Value(half, 4), 0);
        }

        // "3. Mai 1931", "4 de maio de 1931", "3.5.1931": a whole date, day first, and the year it gives.
        return half.Length > 0 && char.IsDigit(half[0]) ? DateReader.YearOfWholeDate(half) : 0;
    }

    // "Viseu", "Den Haag", "Saint-Jean-de-Luz": a town's name of a few capitalised words, letters, hyphens and apostrophes.
    private static bool IsPlace(ReadOnlySpan<char> words)
    {
        words = Whitespace.Trim(words);
        if (words.Length == 0 || !char.IsUpper(words[0]) || Words.MoreThan(words, MaxPlaceWords))
        {
            return false;
        }

        foreach (var c in words)
        {
            if (!char.IsLetter(c) && c is not ('-' or '\'' or '’' or ' '))
            {
                return false;
            }
        }

        return true;
    }
}
