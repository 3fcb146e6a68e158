using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Quotes;

/// <summary>
/// A quote in single marks left open at its paragraph's end and opened again by the next paragraph
/// (QuoteScanner.CarriedSingle.cs): the scan of a paragraph alone read the open mark as an apostrophe.
/// </summary>
internal static partial class QuoteReader
{
    /// <summary>
    /// Scans again, as carried on, each paragraph whose single mark left open the next paragraph opens
    /// with. From the last paragraph back, so that a quote carried over several paragraphs is read
    /// from its end: the middle paragraph's own mark at its start is a quote once it is rescanned.
    /// Only such paragraphs are scanned twice, and they are rare.
    /// </summary>
    private static void RescanCarriedSingles(IReadOnlyList<TextBlock> paragraphs, List<QuoteScanner.Result> scans)
    {
        for (var p = scans.Count - 2; p >= 0; p--)
        {
            var mark = scans[p].CarriedSingle;
            if (mark != '\0' && scans[p + 1].Quotes.Count > 0 && scans[p + 1].Quotes[0].Open == 0 && paragraphs[p + 1].Text[0] == mark)
            {
                scans[p] = QuoteScanner.Scan(paragraphs[p].Text, carriedOn: true);
            }
        }
    }
}
