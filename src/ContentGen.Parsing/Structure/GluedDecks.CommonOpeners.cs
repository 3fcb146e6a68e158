using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// "Island ferry crossings will stop for two weeks this spring" / "Council says the slipway needs repairs …" on a page a dump
// wrapped at 60 columns: the deck's first word would not have fitted on the headline's line, so the width may have broken
// the line there, and room proves nothing (WrappedPageRoom). But a width breaks a clause anywhere, and a capitalised word
// inside a clause is a name ("… finds missing walker" / "Edith Marsh safe …"). A word the page also prints in lower case
// ("the council will publish …") is no name: the page capitalised it because a clause opens on it, the deck's own, unless
// a capitalised word follows it ("Bill Rowe", "Rosa Gil": a first name that is also a common word). German
// capitalises its nouns wherever they stand, so a German deck opening on a noun is never read so, and its lines stay one
// title as before.
internal static partial class GluedDecks
{
    /// <summary>
    /// Whether <paramref name="deck"/>, glued under <paramref name="headline"/> (whose last word is in lower case), opens on a
    /// capitalised word that <paramref name="document"/> prints in lower case elsewhere, as a whole word.
    /// </summary>
    private static bool OpensOnCommonWord(ReadOnlySpan<char> headline, ReadOnlySpan<char> deck, string document)
    {
        var last = RunningLines.LastWord(headline);
        if (last.Length == 0 || !char.IsLower(last[0]))
        {
            return false;
        }

        // A word of capital then lower-case letters ("Council", "Raad"): an acronym ("NHS") or a figure says nothing.
        var reader = new WordReader(deck);
        if (!reader.Read() || reader.Length < 2 || !char.IsUpper(reader.Word[0]))
        {
            return false;
        }

        var word = reader.Word;
        for (var k = 1; k < word.Length; k++)
        {
            if (!char.IsLower(word[k]))
            {
                return false;
            }
        }

        // "Bill Rowe", "Rosa Gil": a first name may be a common word the page prints in lower case ("bill", "rosa"), but a
        // capitalised word after it makes the two a name, which goes on with the headline's clause.
        var lower = char.ToLowerInvariant(word[0]) + word.Slice(1).ToString();
        if (reader.Read() && char.IsUpper(reader.Word[0]))
        {
            return false;
        }

        return PrintedAsWord(document, lower);
    }

    // Whether `word` stands in `document` as a whole word, no letter or digit on either side. One scan of the document, once
    // for the title's block.
    private static bool PrintedAsWord(string document, string word)
    {
        for (var at = document.IndexOf(word, StringComparison.Ordinal); at >= 0; at = document.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(document[at - 1])) && (end == document.Length || !char.IsLetterOrDigit(document[end])))
            {
                return true;
            }
        }

        return false;
    }
}
