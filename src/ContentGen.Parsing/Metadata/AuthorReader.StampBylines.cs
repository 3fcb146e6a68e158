using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Metadata;

internal static partial class AuthorReader
{
    // Each language's dateline and update prefixes, flagged by language, so that the stamp's word is read only in the language
    // of the prefix the line opens with: Italian "da" names the writer after "Pubblicato il …", but on a Portuguese stamp
    // ("… de 2026 na página da Junta") it means "of the".
    private static readonly WordTable s_stampPrefixes = LexiconTables.ByLanguage(lexicon => Both(lexicon.DatelinePrefixes, lexicon.UpdatePrefixes));

    /// <summary>
    /// The writer a publication stamp names after its date, as blogging software prints it: "Pubblicato il 14 febbraio
    /// 2026 da Lucia Benvenuti — Cronaca", "Publicado em 3 de março de 2026 por Ana Costa". Italian and Portuguese name
    /// the writer there with a word no byline opens with ("da", "por"), so the byline's prefixes miss it; the word
    /// (<c>StampBylineWords</c>) is read only on a line that opens with a dateline prefix of its own language, and right
    /// after the date (a word that holds a figure: the year, or the time after it), and only a name of two capitalised words
    /// or more is taken: "da Roma" names a place, and "… 2026 | Tratto da Corriere" credits a source.
    /// </summary>
    internal static string? ReadStampByline(ReadOnlySpan<char> line)
    {
        var prefix = s_stampPrefixes.LongestStart(line);
        if (prefix <= 0)
        {
            return null;
        }

        var languages = s_stampPrefixes.Flags(line.Slice(0, prefix));
        var reader = new WordReader(line);
        var afterFigure = false;
        while (reader.Read())
        {
            var word = reader.Word;
            if (!afterFigure || !char.IsLower(word[0]) || (LexiconTables.StampBylineWords.Flags(word) & languages) == 0)
            {
                afterFigure = Digits.Any(word);
                continue;
            }

            var named = Whitespace.Trim(line.Slice(reader.Start + reader.Length));
            if (NamesADesk(named) || NamesADeskByItsHead(named))
            {
                return null;
            }

            return Names(named, MinCreditNameWords, capitals: true);
        }

        return null;
    }

    private static string[] Both(string[] first, string[] second)
    {
        var both = new string[first.Length + second.Length];
        first.CopyTo(both, 0);
        second.CopyTo(both, first.Length);
        return both;
    }
}
