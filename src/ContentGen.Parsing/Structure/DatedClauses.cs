using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A headline's clause that ends on when it happens, a month and a year after a preposition ("Le marché
/// couvert de Vernesse rouvrira ses halles en mars 2027", "Library to reopen in March 2027", "Die Markthalle öffnet im März
/// 2027"). A short line with a month and a year reads as a dateline (<c>PageLines.IsDateline</c>); but a page's stamp gives
/// the day, or a label and a name before the date, never a clause of its own before a preposition. The line is a headline
/// or a sentence's line, and the title rules read it as one.
/// </summary>
internal static class DatedClauses
{
    // "Le marché couvert de Vernesse rouvrira ses halles": a subject and its verb, and more, before the date's preposition;
    // a stamp's label ("Mis à jour", "Publicado el", "Ausgabe vom") is shorter.
    private const int MinClauseWords = 4;

    /// <summary>
    /// Whether <paramref name="text"/> holds a clause of four words or more, then a lower-case preposition, then a month with
    /// no day before it and a year after it (perhaps after "de").
    /// </summary>
    public static bool IsClauseWithMonthAndYear(ReadOnlySpan<char> text)
    {
        var reader = new WordReader(text);
        var count = 0;
        var previous = ReadOnlySpan<char>.Empty;
        var beforePrevious = ReadOnlySpan<char>.Empty;
        while (reader.Read())
        {
            var word = reader.Word;
            count++;
            if (LexiconTables.Months.Contains(word))
            {
                // The word before the month is the date's preposition, and a clause of its own stands before that; a day
                // before the preposition ("del 4 de marzo de 2025") makes it a stamp's date.
                var clause = count - 2;
                if (clause >= MinClauseWords && previous.Length > 0 && char.IsLower(previous[0]) && Stopwords.IsStopword(previous)
                    && !Digits.Any(beforePrevious) && YearFollows(reader))
                {
                    return true;
                }
            }

            beforePrevious = previous;
            previous = word;
        }

        return false;
    }

    // The month's year: the next word, or the word after "de" ("marzo de 2027", "março de 2027").
    private static bool YearFollows(WordReader reader)
    {
        for (var i = 0; i < 2 && reader.Read(); i++)
        {
            if (Digits.IsYear(reader.Word))
            {
                return true;
            }

            if (!Stopwords.IsStopword(reader.Word))
            {
                return false;
            }
        }

        return false;
    }
}
