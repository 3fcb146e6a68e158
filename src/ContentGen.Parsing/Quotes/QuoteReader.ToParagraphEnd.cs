using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Quotes;

/// <summary>
/// A quote carried to the end of its paragraph whose closing mark the text lost. Flattened news text
/// (the BBC's run-together lines) drops the mark that closes a quote's last paragraph, or the next
/// paragraph that reopened it: `he said. "It will heal. I will be back.` and the paragraph ends. A
/// full sentence quoted from a sentence's start to the paragraph's last stop ends with its paragraph
/// when the next paragraph does not open on a mark that carries it on. A mark glued to a figure
/// (5' 10" tall), a quote opening mid-sentence in lower case, or one cut off without a stop stays unlisted.
/// </summary>
internal static partial class QuoteReader
{
    /// <summary>
    /// Whether the quote opening at <paramref name="open"/> in <paramref name="text"/> opens a quoted
    /// sentence: a double mark at the paragraph's start or after a stop or a colon (closing marks of
    /// a quote before between), followed by a capital.
    /// </summary>
    private static bool OpensQuotedSentence(string text, int open)
    {
        if (open < 0 || !QuoteMarks.IsDouble(text[open]))
        {
            return false;
        }

        var first = open + 1;
        while (first < text.Length && Whitespace.IsSpace(text[first]))
        {
            first++;
        }

        if (first >= text.Length || !char.IsUpper(text[first]))
        {
            return false;
        }

        var before = open - 1;
        while (before >= 0 && (Whitespace.IsSpace(text[before]) || QuoteMarks.OnlyCloses(text[before]) || text[before] == '"'))
        {
            before--;
        }

        return before < 0 || Punctuation.IsTerminal(text[before]) || text[before] == ':';
    }

    /// <summary>Whether <paramref name="text"/>, in which a quote is still open, ends on a stop.</summary>
    private static bool EndsOnStop(string text)
    {
        var end = text.Length - 1;
        while (end >= 0 && Whitespace.IsSpace(text[end]))
        {
            end--;
        }

        return end >= 0 && Punctuation.IsTerminal(text[end]);
    }

    /// <summary>Whether the next paragraph carries the open quote on: its first quote opens at its start.</summary>
    private static bool CarriedOn(System.Collections.Generic.List<QuoteScanner.Result> scans, int next)
        => next < scans.Count && scans[next].Quotes.Count > 0 && scans[next].Quotes[0] is { IsHeadless: false, Open: 0 };
}
