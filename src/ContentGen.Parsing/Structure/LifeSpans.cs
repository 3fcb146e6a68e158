using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// An obituary closes on the life it tells, as a line of two dates: "Margaret Roe, ferry skipper, born 2 June 1937; died
/// 8 March 2025", "geboren am 2. Juni 1937, gestorben am 8. März 2025". It names a person and gives dates as a byline and
/// a dateline do, but it is the article's text: a birth's word and a death's word (the lexicons' <c>BirthWords</c>,
/// <c>DeathWords</c>), each with a number a few words after it, make the line a life's span.
/// </summary>
internal static class LifeSpans
{
    // A line of life dates is a name, a job and the two dates: not a paragraph.
    private const int MaxWords = 30;

    // The date's number stands this close after its word ("born 2 June", "geboren am 2. Juni", "born June 2").
    private const int DateReach = 3;

    /// <summary>Whether <paramref name="text"/> gives a birth's date and a death's date, each after its word.</summary>
    public static bool IsLifeSpan(ReadOnlySpan<char> text)
    {
        if (Words.MoreThan(text, MaxWords))
        {
            return false;
        }

        var born = false;
        var died = false;
        // Which event's date is awaited (1 a birth's, 2 a death's, 0 none), and how many words have passed since its word.
        var awaited = 0;
        var since = 0;
        var reader = new WordReader(text);
        while (reader.Read())
        {
            var word = reader.Word;
            if (awaited != 0 && char.IsDigit(word[0]))
            {
                born |= awaited == 1;
                died |= awaited == 2;
                awaited = 0;
            }
            else if (LexiconTables.BirthWords.Contains(word))
            {
                (awaited, since) = (1, 0);
            }
            else if (LexiconTables.DeathWords.Contains(word))
            {
                (awaited, since) = (2, 0);
            }
            else if (awaited != 0 && ++since > DateReach)
            {
                awaited = 0;
            }
        }

        return born && died;
    }
}
