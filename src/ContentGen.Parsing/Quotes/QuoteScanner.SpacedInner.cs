using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Quotes;

/// <summary>
/// French sets its inner marks off with spaces as it does its guillemets: <c>« Un voisin nous a
/// dit : “ Fermez les volets ” », raconte …</c>. A spaced <c>“</c> has a space on either side, so it
/// neither opens nor closes by context, and the scanner took it for the lost closing mark of the
/// <c>«</c> quote, cutting the quote at the inner mark. Inside a <c>«</c> quote (never closed by a
/// <c>“</c> in any language's style: German pairs <c>“</c> with <c>„</c>), a spaced <c>“</c> whose
/// <c>”</c> closes before the next guillemet opens an inner quote.
/// </summary>
internal static partial class QuoteScanner
{
    // Reads ahead only at a spaced "“" while a "«" quote is open, to the next "”" in the block: such
    // marks are a few in a French article and none elsewhere, so the search costs a few characters each.
    private static bool OpensSpacedInner(string text, int i, char outer)
    {
        if (text[i] != '“' || outer != '«' || !SpaceBefore(text, i) || i + 1 >= text.Length || !Whitespace.IsSpace(text[i + 1]))
        {
            return false;
        }

        var rest = text.AsSpan(i + 1);
        var close = rest.IndexOf('”');
        return close > 0 && rest.Slice(0, close).IndexOfAny('«', '»') < 0;
    }
}
