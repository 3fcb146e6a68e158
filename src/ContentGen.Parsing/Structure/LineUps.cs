using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A match report's line-up under the article: a team's name and a colon, then its players' names parted by commas,
/// semicolons and dashes ("Eintracht Ohlsdorf: Kessler – Aydin, Wolf, Marek, Sauer – …"). It ends on a full stop at
/// times, yet it is no sentence: almost every word is a name. Past the article's last paragraph it is the page's.
/// </summary>
internal static class LineUps
{
    // The team's name before the colon: a few words.
    private const int MaxLabelWords = 4;

    // A line-up names a side: eleven players, some with substitutes; a results line of a few places is the article's.
    private const int MinSeparators = 8;

    // Of the names, a few words in lower case at most ("min.", "de penalti", "für").
    private const int MaxLowerCaseWords = 3;

    /// <summary>
    /// Whether <paramref name="block"/> holds both sides' line-ups (two labels, each over its names), or is one side's with
    /// <paramref name="other"/> (the block above it) or <paramref name="below"/> the other's: a single line of capitalised nouns parted by dashes
    /// ("Die Stationen: Rathaus – Schule, …") is as often an article's list.
    /// </summary>
    public static bool AreLineUps(TextBlock block, TextBlock? other, TextBlock? below)
    {
        var text = block.Text.AsSpan();
        if (!IsLineUp(text))
        {
            return false;
        }

        var first = text.IndexOf(':');
        return text.Slice(first + 1).IndexOf(':') >= 0 || (other is not null && IsLineUp(other.Text.AsSpan()))
            || (below is not null && IsLineUp(below.Text.AsSpan()));
    }

    /// <summary>Whether <paramref name="text"/> is a team's line-up.</summary>
    public static bool IsLineUp(ReadOnlySpan<char> text)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0 || !char.IsUpper(text[0]) || Words.MoreThan(text.Slice(0, colon), MaxLabelWords))
        {
            return false;
        }

        // A formation parts its lines by semicolons or dashes ("Ruiz; Mora, Sanz", "Kessler – Aydin, Wolf"): a list of
        // prize-winners or volunteers parted by commas alone is the article's sentence.
        // Names only: a digit counts inside brackets alone ("(58. Pohl)", "(Lucas, min. 70)"); opening hours, dates and
        // prices ("Montag – Freitag, 9–12 Uhr; …", "3. März – Rathaus, …") are an article's practical lines.
        var rest = text.Slice(colon + 1);
        var separators = 0;
        var formation = false;
        var depth = 0;
        foreach (var c in rest)
        {
            separators += c is ',' or ';' or '–' or '—' ? 1 : 0;
            formation |= c is ';' or '–' or '—';
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            if (char.IsDigit(c) && depth == 0)
            {
                return false;
            }
        }

        if (separators < MinSeparators || !formation)
        {
            return false;
        }

        var lower = 0;
        var reader = new WordReader(rest);
        while (reader.Read())
        {
            if ((char.IsLower(reader.Word[0]) && ++lower > MaxLowerCaseWords) || Lexicons.LexiconTables.Calendar.Contains(reader.Word))
            {
                return false;
            }
        }

        return true;
    }
}
