using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Metadata;

internal static partial class AuthorReader
{
    /// <summary>
    /// Whether the words after a byline's word name an agency or a press office by its head, written last as English,
    /// German and Dutch write a name's head (<c>DeskHeads</c>: "Coastal News Agency", "Nordpresse Agentur", "Nordsee
    /// Presse-Agentur", "Noordelijk Persbureau"): a few capitalised words with no comma, figure or sentence, the last (or
    /// its part after a hyphen) a desk's head. Read only after "Von", "By", "Door": there it issued the text, as "Par
    /// Agence Littoral" does, and names no writer. A name with a desk after its comma ("Anna Berg, Pressestelle") is none.
    /// </summary>
    internal static bool NamesADeskByItsHead(ReadOnlySpan<char> named)
    {
        if (named.Length == 0 || !char.IsUpper(named[0]) || Digits.Any(named) || named.IndexOf(',') >= 0
            || Words.Count(named, MaxNameWords + 1) > MaxNameWords || Structure.Punctuation.EndsSentence(named))
        {
            return false;
        }

        var last = ReadOnlySpan<char>.Empty;
        var reader = new WordReader(named);
        while (reader.Read())
        {
            var word = reader.Word;
            if (char.IsLower(word[0]) && !NameParticles.Joiners.Contains(word) && !LexiconTables.Stopwords.Contains(word))
            {
                return false;
            }

            last = word;
        }

        var hyphen = last.LastIndexOf('-');
        return last.Length > 0 && LexiconTables.DeskHeads.Contains(hyphen >= 0 ? last.Slice(hyphen + 1) : last);
    }
}
