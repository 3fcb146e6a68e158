using System;

namespace ContentGen.Parsing.Structure;

// "Lido pool to stay shut all summer as repair bill doubles" / "Council blames cracked tiles and a failed pump for the
// delay" on a page a dump wrapped at 72 or 80 columns: the deck's first word would have fitted on the headline's line, so
// no width broke the line there, the page did, as on a page printed a paragraph a line. The page's widest line is at most
// the dump's width, so the room it shows is room the dump had. A page may wrap its headline narrower than its paragraphs
// ("… school crossing on Linden" / "Street will not be switched on …"): a headline line that ends on a capitalised word
// may end on the first half of a name, and is left one headline. Where the word would not have fitted (a width of 60
// under a headline of 56 letters), a width may have broken the line, and the two lines stay one title.
internal static partial class GluedDecks
{
    /// <summary>
    /// Whether, on a page wrapped at a fixed width whose widest line is <paramref name="widest"/>, the deck's first word
    /// would have fitted after <paramref name="headline"/> (<paramref name="needed"/> columns), and the headline's last
    /// word is in lower case.
    /// </summary>
    private static bool WrappedPageRoom(ReadOnlySpan<char> headline, int needed, int widest)
    {
        var last = RunningLines.LastWord(headline);
        return widest >= needed && last.Length > 0 && char.IsLower(last[0]);
    }

    /// <summary>
    /// Whether <paramref name="deck"/>, glued under <paramref name="headline"/> on a page wrapped at a width the headline
    /// fills, opens a clause of its own: its first word is a capitalised article or function word ("Le chantier …", "The
    /// council …", "Die Stadt …", "L'association …") after a headline line ending on a word in lower case. A width that
    /// wrapped the headline goes on with its clause there, never with a capitalised article; a name that opens on one
    /// ("De Eendracht") follows a capitalised word, which the headline's last in lower case rules out.
    /// </summary>
    private static bool OpensOwnClause(ReadOnlySpan<char> headline, ReadOnlySpan<char> deck)
    {
        var last = RunningLines.LastWord(headline);
        var space = deck.IndexOf(' ');
        var first = space < 0 ? deck : deck.Slice(0, space);
        return last.Length > 0 && char.IsLower(last[0]) && first.Length > 0 && char.IsUpper(first[0]) && Stopwords.IsStopwordOrElision(first);
    }
}
