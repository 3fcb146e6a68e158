using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A heading that names a thing by its clock time, "O autocarro das 7h10", "Der Bus um 7:10 Uhr", "The 7:10 bus": a noun
/// phrase, opening on its article and going on into its noun, with the time inside it. A dateline gives the moment the page
/// was published and little else ("Heute, 7:10 Uhr", "Today at 7:10 pm", "Londres, 7h10"): it opens on a stamp's word, a day
/// or a place, never on an article and its noun. Asked only of a line that reads as a dateline for its clock time alone,
/// with no date in it, so a stamp with a date ("Le 12 mars à 7h10") is never read here.
/// </summary>
internal static class ClockHeadings
{
    // The marks a dateline sets between a place, a name or a day and its time: "Londres, 7h10", "Le Monde | 07h10".
    private static readonly char[] s_stampMarks = { ',', '|', '•', '·', '–', '—' };

    // A noun has three letters at least: "pm", "h" and "a.m." are the clock's own words, and so are "Uhr", "uur" (ClockWords):
    // "Um 7:10 Uhr" opens on Portuguese "um", an article, and names no thing.
    private const int MinNounLength = 3;

    /// <summary>Whether <paramref name="text"/>, a short line with a clock time, opens on an article and its noun.</summary>
    public static bool NamesAThingByItsTime(ReadOnlySpan<char> text)
    {
        var reader = new WordReader(text);
        if (!reader.Read() || reader.Start != 0 || !LexiconTables.NounArticles.Contains(reader.Word))
        {
            return false;
        }

        if (text.IndexOfAny(s_stampMarks) >= 0 || text.IndexOf(" - ".AsSpan()) >= 0)
        {
            return false;
        }

        // "The 7:10 bus": the time may stand between the article and its noun.
        while (reader.Read())
        {
            var word = reader.Word;
            if (char.IsDigit(word[0]))
            {
                continue;
            }

            return IsNoun(word);
        }

        return false;
    }

    private static bool IsNoun(ReadOnlySpan<char> word)
    {
        if (word.Length < MinNounLength || LexiconTables.Stopwords.Contains(word) || LexiconTables.NounArticles.Contains(word)
            || LexiconTables.Calendar.Contains(word) || LexiconTables.ClockWords.Contains(word))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
