using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A page may print its dateline or byline right under the headline with no blank line between ("Harbour council approves
/// new ferry terminal" / "12 March 2024", "… traghetti" / "di Marco Rossi", "… Fährterminals" / "Jürgen Albers" / "Stand:
/// 12.03.2024, 18:05 Uhr"), so the dump prints them as one group with the headline. Read on the title alone, which knows
/// the page's language: the last lines that give a date, a byline's opening word and names, or a name right over such a
/// date, are the page's stamps, not the headline's words. A headline that runs on into them ("… suspended until" / "12
/// March 2024", "… in conversation with" / "Jane Roe") ends on a function word of the page's language, or a colon or a
/// comma, and keeps them.
/// </summary>
internal static class TitleStamps
{
    private const int MaxShortWordLetters = 2;

    /// <summary>
    /// How many of <paramref name="title"/>'s last lines are stamps glued under its headline: 0 when none, or when what is
    /// left would not end as a headline. <paramref name="under"/> is the block after it, a dateline glued under the group
    /// that a name on its last line goes with; <paramref name="language"/> gives the page's language when it is asked for
    /// (only once a stamp is found).
    /// </summary>
    public static int StampLines(TextBlock title, TextBlock? under, Func<string?> language)
    {
        var stamps = 0;

        // A dateline glued right under the group, a block of its own, is the stamp a name over it goes with; so is the
        // writer's job ("Jane Roe" / "Transport Correspondent").
        var dated = under is not null && under.Start.Line == title.Start.Line + title.LineCount && under.LineCount == 1
            && ((PageLines.IsDateline(under.Text) && Metadata.DateReader.Read(under.Text.AsSpan()) is not null) || IsJobLine(under.Text.AsSpan()));
        for (var k = title.LineCount - 1; k >= 1; k--)
        {
            var line = title.Line(k).Span.Trim();
            if ((Metadata.DateReader.Read(line) is not null && PageLines.IsDateline(line.ToString()))
                || (k == title.LineCount - stamps - 1 && k >= 2 && IsJobLine(line) && Metadata.AuthorReader.ReadBareName(title.Line(k - 1).Span.Trim()) is not null))
            {
                dated = true;
            }
            else if (!Metadata.AuthorReader.IsPrefixedByline(line)
                && !(dated && k == title.LineCount - stamps - 1 && Metadata.AuthorReader.ReadBareName(line) is not null))
            {
                break;
            }

            stamps++;
        }

        return stamps > 0 && EndsAsHeadline(title.Line(title.LineCount - stamps - 1).Span.Trim(), language()) ? stamps : 0;
    }

    // "Transport Correspondent", "Chef de la rubrique économie": a writer's job alone on its line, a few words naming a
    // newsroom's job (BylineRoles), no digit and no sentence.
    private const int MaxJobWords = 5;

    private static bool IsJobLine(ReadOnlySpan<char> line)
    {
        if (line.Length == 0 || Words.MoreThan(line, MaxJobWords) || Digits.Any(line) || Punctuation.EndsSentence(line))
        {
            return false;
        }

        var reader = new WordReader(line);
        while (reader.Read())
        {
            if (LexiconTables.BylineRoles.Contains(reader.Word) || LexiconTables.BylineRolePlurals.Contains(reader.Word))
            {
                return true;
            }
        }

        return false;
    }

    // The headline's last line ends on a word that is no function word of the page's language (of any, when the language
    // is not known), no word that runs on into a date (the lexicons' RunOnWords, any language's) and no short word in lower
    // case, and on no comma, colon or dash.
    private static bool EndsAsHeadline(ReadOnlySpan<char> line, string? language)
    {
        if (line.Length == 0 || line[line.Length - 1] is ',' or ':' or ';' or '-' or '–' or '—')
        {
            return false;
        }

        var end = line.Length;
        while (end > 0 && !char.IsLetterOrDigit(line[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(line[start - 1]))
        {
            start--;
        }

        var last = line.Slice(start, end - start);
        if (last.Length == 0)
        {
            return true;
        }

        // "… sur le plan de bus de nuit, à": a word of a letter or two in lower case is a preposition or an article in
        // every language, whatever the stopword lists hold.
        if (last.Length <= MaxShortWordLetters && char.IsLower(last[0]))
        {
            return false;
        }

        // "… seit" / "12. März 2024", "… depuis" / "12 mars 2024": words that run on into a date, in any language.
        if (LexiconTables.RunOnWords.Contains(last))
        {
            return false;
        }

        var flags = LexiconTables.Stopwords.Flags(last);
        if (language is null)
        {
            return flags == 0;
        }

        for (var i = 0; i < Lexicon.All.Count; i++)
        {
            if (Lexicon.All[i].Language == language)
            {
                return (flags & (1 << i)) == 0;
            }
        }

        return flags == 0;
    }
}
