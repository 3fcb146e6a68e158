using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// "Council agrees to rebuild the footbridge over the River Lune" / "The old timber crossing by the weir has been shut since" /
// "April. Photo: Wexley Courier/Archive": a page glues the lead picture's caption under the headline, and the caption ends
// on the picture's credit, not on its sentence's stop. A dump that wraps the caption puts the stop inside a line, before the
// credit, so no line of the caption ends a sentence, and the caption was read as a list's lines under a label, glued to the
// headline by the width. A credit's word and a colon after a sentence's stop ("Foto: …", "Photo : …") end the caption as a
// stop does, in every language: running prose names no credit so.
internal static partial class HeadlineDecks
{
    // "Foto: Kreisbote Oberland/Archiv", "Photo : Le Courrier de la Vère/Archives": a credit's word, a colon and a name or
    // two, an outlet's or an agency's.
    private const int MaxPictureCreditWords = 6;

    /// <summary>
    /// Whether <paramref name="line"/> ends on a picture's credit after a sentence's stop: "… gesperrt. Foto: Kreisbote
    /// Oberland/Archiv", "… printemps. Photo : Le Courrier/Archives".
    /// </summary>
    private static bool EndsOnPictureCredit(ReadOnlySpan<char> line)
    {
        // Asked of a few lines under a headline: the colon is looked for before the words are read.
        var colon = line.LastIndexOf(':');
        if (colon < 0)
        {
            return false;
        }

        // The credit opens after the last stop before the colon: ". Foto", ". Photo ".
        var stop = line.Slice(0, colon).LastIndexOf(". ".AsSpan());
        if (stop < 0)
        {
            return false;
        }

        var credit = Whitespace.Trim(line.Slice(stop + 2));
        var reader = new WordReader(credit);
        if (!reader.Read() || reader.Start != 0 || !char.IsUpper(reader.Word[0]) || !LexiconTables.CreditWords.Contains(reader.Word))
        {
            return false;
        }

        var afterWord = Whitespace.Trim(credit.Slice(reader.Length));
        return afterWord.Length > 1 && afterWord[0] == ':' && !Words.MoreThan(afterWord.Slice(1), MaxPictureCreditWords);
    }
}
