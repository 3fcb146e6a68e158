using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Quotes;

/// <summary>
/// A quote in single marks carried on into the next paragraph, as Dutch and British writers (and a
/// German one with ‚…‘) quote: `‘Seven years in Rotterdam. My mother said: “Come back.” That line is
/// on the record.` ends its paragraph open, and the next paragraph opens again with ‘. A single mark
/// never closed read as an apostrophe, so its words were lost and a double quote inside them read as
/// a quote of its own. Whether the next paragraph opens with the same mark is known only to the
/// reader of the paragraphs (QuoteReader.CarriedSingle.cs), which scans such a paragraph again,
/// saying so. The mark must open a quoted sentence, set off before it with a capital after it, to
/// the paragraph's last stop: an elided word ("’s nachts", "'90s") or a scare quote left open in
/// lower case ("the ‘green bridge of the town.") stays what it was.
/// </summary>
internal static partial class QuoteScanner
{
    // The single mark `mark` left open at `open`, the bottom of the block's marks, when it opens a
    // quoted sentence that runs to the block's last stop; '\0' otherwise.
    private static char CarriedSingleMark(string text, char mark, int open)
    {
        if (!QuoteMarks.IsSingle(mark) || !SpaceBefore(text, open) || open + 1 >= text.Length || !char.IsUpper(text[open + 1]))
        {
            return '\0';
        }

        var end = text.Length - 1;
        while (end > open && Whitespace.IsSpace(text[end]))
        {
            end--;
        }

        return end > open + 1 && Structure.Punctuation.IsTerminal(text[end]) ? mark : '\0';
    }

    // The carried quote opening at `open` runs to the block's end; the quotes noted above it as above
    // apostrophes were nested inside it, all but one closed before it opened.
    private static void AddQuoteCarriedOn(int open, List<QuoteSpan> quotes, List<(QuoteSpan Quote, int Beneath)> aboveApostrophes)
    {
        foreach (var (quote, _) in aboveApostrophes)
        {
            if (quote.Open < open)
            {
                quotes.Add(quote);
            }
        }

        quotes.Add(new QuoteSpan(open, -1));
    }
}
