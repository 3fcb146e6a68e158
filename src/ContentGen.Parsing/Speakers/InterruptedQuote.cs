using System.Collections.Generic;

namespace ContentGen.Parsing.Speakers;

/// <summary>
/// S1, the second half: a quote the writer broke with a cue between commas goes on after it, and
/// the half after the cue belongs to whoever said the half before (<c>« … », explique-t-elle, « … »</c>,
/// <c>«…», explicó, «…»</c>, <c>"…", vertelt hij, "…"</c>). Not a sieve: the finder gives the
/// second half the first half's speaker as it resolved, so that the cue is read once.
/// </summary>
internal static class InterruptedQuote
{
    // A cue between the halves is a verb with its subject: a few words, no more.
    private const int MaxCueTokens = 6;

    /// <summary>The index of the first half's quote token when the quote at <paramref name="quote"/> is a second half; -1 otherwise.</summary>
    public static int FirstHalf(IReadOnlyList<Token> sentence, int quote)
    {
        // The comma right before this half, the cue's words, and the comma right after the first half.
        if (quote < 4 || sentence[quote - 1].Kind != TokenKind.Comma)
        {
            return -1;
        }

        for (var k = quote - 2; k > 0 && quote - 2 - k < MaxCueTokens; k--)
        {
            if (sentence[k].IsWord)
            {
                continue;
            }

            // Only words stand between the two commas, and a quote stands before the first.
            return sentence[k].Kind == TokenKind.Comma && k < quote - 2 && sentence[k - 1].Kind == TokenKind.Quote ? k - 1 : -1;
        }

        return -1;
    }
}
