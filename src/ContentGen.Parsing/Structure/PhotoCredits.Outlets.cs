using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// "Parents line the back wall of the cafeteria during the hearing. Dana K. Whitfield/Ledger", "… at the finish line. Jane
// Roe/The Valley Times": American papers sign a caption with the photographer's name and, after a slash with no space,
// the paper or agency the picture is from. The name is a person's, read as a byline's bare name; the outlet is one to four
// capitalised words; the sentence before is one, of a caption's length.
internal static partial class PhotoCredits
{
    private const int MaxOutletWords = 4;

    /// <summary>
    /// Whether <paramref name="text"/> ends with one short sentence and a credit "Name/Outlet": a person's name, a slash
    /// with no space around it, and the outlet's capitalised words.
    /// </summary>
    public static bool EndsWithNameAndOutlet(string text)
    {
        var slash = text.LastIndexOf('/');
        if (slash <= 0 || slash + 1 >= text.Length || text[slash - 1] == ' ' || text[slash + 1] == ' ' || !char.IsLetter(text[text.Length - 1]))
        {
            return false;
        }

        // The sentence ends at the last ". " before the slash; the credit runs from there.
        var stop = text.LastIndexOf(". ", slash, StringComparison.Ordinal);
        while (stop > 0 && IsInitialStop(text, stop))
        {
            stop = text.LastIndexOf(". ", stop - 1, StringComparison.Ordinal);
        }

        if (stop <= 0 || !IsOneShortSentence(text, stop))
        {
            return false;
        }

        var name = Whitespace.Trim(text.AsSpan(stop + 2, slash - stop - 2));
        var outlet = Whitespace.Trim(text.AsSpan(slash + 1));
        return IsCapitalisedWords(name, MinNameWords) && !Words.MoreThan(name, MaxCreditWords) && Metadata.AuthorReader.ReadBareName(name) is not null
            && !HasListedWord(name) && IsOutlet(outlet);
    }

    // "K." in "Dana K. Whitfield": a stop after a lone capital is an initial's, no sentence's end.
    private static bool IsInitialStop(string text, int stop) => stop >= 2 && char.IsUpper(text[stop - 1]) && text[stop - 2] == ' ';

    // "Ledger", "The Valley Times", "AP": capitalised words only, "The" first at most.
    private static bool IsOutlet(ReadOnlySpan<char> text)
    {
        var words = 0;
        var reader = new WordReader(text);
        while (reader.Read())
        {
            if (!char.IsUpper(reader.Word[0]) || ++words > MaxOutletWords)
            {
                return false;
            }
        }

        foreach (var c in text)
        {
            if (!char.IsLetter(c) && c is not (' ' or '-' or '\'' or '’' or '.'))
            {
                return false;
            }
        }

        return words >= 1;
    }
}
