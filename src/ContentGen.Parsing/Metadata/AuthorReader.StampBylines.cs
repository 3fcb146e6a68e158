using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Metadata;

internal static partial class AuthorReader
{
    /// <summary>
    /// The writer a publication stamp names after its date, as blogging software prints it: "Pubblicato il 14 febbraio
    /// 2026 da Lucia Benvenuti — Cronaca", "Publicado em 3 de março de 2026 por Ana Costa". Italian and Portuguese name
    /// the writer there with a word no byline opens with ("da", "por" in Portuguese), so the byline's prefixes miss it;
    /// the word (<c>StampBylineWords</c>) is read only on a line that opens with a dateline prefix and after a word that
    /// holds a figure (the date), and only a name of two capitalised words or more is taken: "da Roma" names a place.
    /// </summary>
    internal static string? ReadStampByline(ReadOnlySpan<char> line)
    {
        if (LexiconTables.DatelinePrefixes.LongestStart(line) <= 0)
        {
            return null;
        }

        var reader = new WordReader(line);
        var dated = false;
        while (reader.Read())
        {
            var word = reader.Word;
            if (!dated)
            {
                dated = Digits.Any(word);
                continue;
            }

            if (!LexiconTables.StampBylineWords.Contains(word) || !char.IsLower(word[0]))
            {
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
}
