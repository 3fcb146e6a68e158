using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A print exported to text (a municipal bulletin, a newspaper's PDF) keeps each printed page's number where the page
/// broke, framed by dashes and alone on its line ("– 4 –", "- 12 -"), often between a paragraph's two halves. It is the
/// print's furniture, never the article's: no sentence is a number between two dashes. A number with a word beside it
/// ("– 4 Punkte –"), a score ("2 – 1") or a list's dashed item ("- 4") is something else, and stays.
/// A browser's print of a web page closes each printed sheet with its footer: the page's address, a column gap and the
/// sheet's number of the count ("https://…/story-4471      1/2"). The address alone, or in a sentence, is not it.
/// </summary>
internal static class PageFolios
{
    // A print's pages run to a few hundred at most.
    private const int MaxDigits = 4;

    /// <summary>Whether <paramref name="text"/>, a line, is a page number framed by dashes.</summary>
    /// <remarks>Reads the line's first and last characters and at most a few digits between them.</remarks>
    public static bool IsFolio(ReadOnlySpan<char> text)
    {
        text = Whitespace.Trim(text);
        if (text.Length < 3 || !IsDash(text[0]) || !IsDash(text[text.Length - 1]))
        {
            return false;
        }

        return Digits.Only(Whitespace.Trim(text.Slice(1, text.Length - 2)), MaxDigits);
    }

    // The browser's footer sets the sheet's count apart from the address by a column's gap.
    private const int MinGapSpaces = 3;

    /// <summary>Whether <paramref name="text"/>, a line, is a browser print's footer: an address, a gap, "1/2".</summary>
    /// <remarks>Reads the line once, from its start: the address is one word, the count two numbers.</remarks>
    public static bool IsPrintFooter(ReadOnlySpan<char> text)
    {
        text = Whitespace.Trim(text);
        if (!text.StartsWith("http://".AsSpan(), StringComparison.OrdinalIgnoreCase) && !text.StartsWith("https://".AsSpan(), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var end = 0;
        while (end < text.Length && !Whitespace.IsSpace(text[end]))
        {
            end++;
        }

        var gap = end;
        while (gap < text.Length && Whitespace.IsSpace(text[gap]))
        {
            gap++;
        }

        if (gap - end < MinGapSpaces && (end == text.Length || text[end] != '\t'))
        {
            return false;
        }

        var count = text.Slice(gap);
        var slash = count.IndexOf('/');
        return slash > 0 && Digits.Only(count.Slice(0, slash), MaxDigits) && Digits.Only(count.Slice(slash + 1), MaxDigits);
    }

    // The hyphen, the figure, en and em dashes and the minus sign: a print sets its folio with whichever its font has.
    private static bool IsDash(char c) => c is '-' or '\u2012' or '\u2013' or '\u2014' or '\u2212';
}
