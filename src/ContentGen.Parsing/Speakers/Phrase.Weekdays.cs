using System;
using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

// "said Friday Ana Ruiz", "said Ana Ruiz Friday", "sagte am Montag Max Brandt": a day between the verb
// and its subject, or after the name, tells when the words were said and is no part of the name.
internal sealed partial class Phrase
{
    // "said Ana Ruiz Friday.": a weekday after a full name of two capitalised words, no title among
    // them, that no capitalised word follows. "the Good Friday Agreement" goes on past it, "Am
    // Montag lobte" opens on no name, and "coach Mike Friday" is a man whose surname is a day.
    private bool IsWeekdayAfterName(IReadOnlyList<Token> sentence, int i)
        => i > 2 && IsWeekday(sentence[i].Span) && !(i + 1 < sentence.Count && sentence[i + 1].IsCapitalized)
        && IsPlainNameWord(sentence[i - 1]) && IsPlainNameWord(sentence[i - 2]);

    private bool IsPlainNameWord(Token token)
        => token.IsCapitalized && !Is(token, WordClass.NotName) && !IsTitleOrRole(token) && !IsWeekday(token.Span);

    /// <summary>
    /// The index past a weekday that stands between a verb and its subject, with the lower-case word
    /// that brings it in ("on Friday", "am Montag", "am Montagabend"), or <paramref name="start"/>
    /// when none does. A capitalised word must follow: the day tells when its subject spoke. An article
    /// before the day makes it part of a name ("said the Sunday Times").
    /// </summary>
    public int WeekdayEnd(IReadOnlyList<Token> sentence, int start)
    {
        var day = start;
        if (day + 1 < sentence.Count && sentence[day].IsLower && !IsArticle(sentence[day]) && IsWeekday(sentence[day + 1].Span))
        {
            day++;
        }

        return day + 1 < sentence.Count && sentence[day].IsWord && IsWeekday(sentence[day].Span) && sentence[day + 1].IsCapitalized
            ? day + 1
            : start;
    }

    /// <summary>A day's name, alone or joined to a part of the day in one German word ("Montagabend").</summary>
    public static bool IsWeekday(ReadOnlySpan<char> word)
    {
        if (Lexicons.LexiconTables.Weekdays.Contains(word))
        {
            return true;
        }

        // "Montagabend", "Dienstagmorgen": a part of the day joined to the day's name (the lexicons' WeekdayParts).
        foreach (var part in Lexicons.LexiconTables.WeekdayParts)
        {
            if (word.Length > part.Length && word.EndsWith(part.AsSpan(), StringComparison.OrdinalIgnoreCase)
                && Lexicons.LexiconTables.Weekdays.Contains(word.Slice(0, word.Length - part.Length)))
            {
                return true;
            }
        }

        return false;
    }
}
