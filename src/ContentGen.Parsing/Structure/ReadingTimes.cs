using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Recognises a reading time by its parts rather than by a fixed phrase: a number with a minute
/// unit right after it and a word for reading, in a short line, in any order ("Lecture en 3 min.",
/// "Read time: 6 minutes", "6-minute read", "3 minuten lezen", "Si legge in 3 minuti"). Sites word
/// the same notice in many ways; the parts are few (<c>ReadingWords</c>, <c>MinuteWords</c>).
/// </summary>
internal static class ReadingTimes
{
    // "Tiempo estimado de lectura: 5 minutos" is the longest a site writes it.
    private const int MaxWords = 7;

    // Besides the parts and function words, a line names the notice ("Temps", "time", "Geschätzte"): a word or two.
    private const int MaxOtherWords = 2;

    // "min." and "mn." end with a full stop that ends no sentence.
    private const int MaxAbbreviatedUnit = 3;

    /// <summary>Whether <paramref name="line"/> is a reading time shaped of its parts.</summary>
    public static bool IsReadingTime(ReadOnlySpan<char> line)
    {
        var text = line;
        if (IsMinuteRange(text))
        {
            return true;
        }

        // Without a number there is no time: most short lines of a page have none, and the word
        // test below looks up every word.
        if (!Digits.Any(text))
        {
            return false;
        }

        var timed = false;
        var reading = false;
        var others = 0;
        var words = 0;
        var afterNumber = false;
        var lastUnitLength = 0;
        var reader = new WordReader(text);
        while (reader.Read())
        {
            if (++words > MaxWords)
            {
                return false;
            }

            var word = reader.Word;
            lastUnitLength = 0;
            if (char.IsDigit(word[0]))
            {
                // "6-minute": the number and its unit in one word.
                var hyphen = word.LastIndexOf('-');
                if (hyphen > 0 && LexiconTables.MinuteWords.Contains(word.Slice(hyphen + 1)))
                {
                    timed = true;
                }

                afterNumber = hyphen < 0;
                continue;
            }

            if (afterNumber && LexiconTables.MinuteWords.Contains(word))
            {
                timed = true;
                lastUnitLength = word.Length;
            }
            else if (LexiconTables.ReadingWords.Contains(word))
            {
                reading = true;
            }
            else if (!Stopwords.IsStopwordOrElision(word) && ++others > MaxOtherWords)
            {
                return false;
            }

            afterNumber = false;
        }

        // "She read it in 5 minutes." is a sentence; "Lecture en 3 min." only abbreviates its unit.
        return timed && reading && (!Punctuation.EndsSentence(line) || (lastUnitLength is > 0 and <= MaxAbbreviatedUnit && text.TrimEnd().EndsWith(".".AsSpan())));
    }

    /// <summary>
    /// Whether <paramref name="line"/> is a span of minutes and nothing else ("5-6 minuten", "4–5 Minuten", "3 - 4 min"):
    /// the reading time a browser's reader view prints under the byline, with no word for reading. A lone span is no
    /// sentence and names nothing it counts; a single number ("90 minuten") may be a figure's value, so a span it must be.
    /// </summary>
    private static bool IsMinuteRange(ReadOnlySpan<char> line)
    {
        var text = Whitespace.Trim(line);
        var i = Digits.End(text, 0);
        if (i == 0)
        {
            return false;
        }

        i = SkipSpaces(text, i);
        if (i >= text.Length || text[i] is not ('-' or '–'))
        {
            return false;
        }

        var low = SkipSpaces(text, i + 1);
        var high = Digits.End(text, low);
        if (high == low || high >= text.Length || text[high] != ' ')
        {
            return false;
        }

        return LexiconTables.MinuteWords.Contains(text.Slice(SkipSpaces(text, high)));
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i;
    }
}
