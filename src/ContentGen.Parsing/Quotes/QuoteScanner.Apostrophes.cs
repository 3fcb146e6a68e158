using System.Collections.Generic;

namespace ContentGen.Parsing.Quotes;

/// <summary>
/// Apostrophes that open a word: Dutch "'s ochtends", "'s-Hertogenbosch", "'t", "'n", German
/// "'s", "'n", English "'90s", "'em". Such a mark has a space before it and a letter after it,
/// as an opening quote does, and a lone one left open swallowed every quote after it in its block:
/// a quote closed above it was only nested, and was lost when the apostrophe never closed.
/// </summary>
internal static partial class QuoteScanner
{
    // Quotes closed above more unclosed marks than this are not read as above apostrophes: a
    // paragraph holds one or two elided words, and the bound keeps the check of what lies beneath
    // a close constant, whatever a hostile text stacks up.
    private const int MaxApostrophesBeneath = 3;

    /// <summary>
    /// Whether the mark at <paramref name="i"/> is an apostrophe that elides the start of a word,
    /// so that it never opens a quote: one lower-case consonant ("'s", "'t", "'n", "'k"), or a
    /// decade ("'90s"), before a space, a hyphen or punctuation. No word of the seven languages is a
    /// lone consonant, and a quote opening on one is a quote of a single letter: "rock 'n' roll",
    /// where the next character is a quotation mark, is left to pair as before.
    /// </summary>
    private static bool OpensElidedWord(string text, int i)
    {
        var c = text[i];
        if (!OpensLikeAnApostrophe(c))
        {
            return false;
        }

        var j = i + 1;
        if (j < text.Length && IsAsciiConsonant(text[j]))
        {
            return EndsElidedWord(text, j + 1);
        }

        var digits = j;
        while (digits < text.Length && text[digits] is >= '0' and <= '9')
        {
            digits++;
        }

        return digits - j == 2 && digits < text.Length && text[digits] == 's' && EndsElidedWord(text, digits + 1);
    }

    private static bool IsAsciiConsonant(char c)
        => c is >= 'b' and <= 'z' and not ('e' or 'i' or 'o' or 'u' or 'y');

    private static bool EndsElidedWord(string text, int k)
        => k >= text.Length || (!char.IsLetterOrDigit(text[k]) && !QuoteMarks.IsSingle(text[k]) && !QuoteMarks.IsDouble(text[k]));

    /// <summary>
    /// Notes the quote that a close just ended when the marks still open beneath it are only
    /// apostrophes of another style than its own (a straight "'s" beneath a ‘…’ quote, a curly "‘t"
    /// beneath a '…' one, either beneath a double quote): should those marks never close, the quote
    /// was a top-level one. A close that ends a mark holding noted quotes drops them: they were nested.
    /// </summary>
    private static void NoteCloseAboveApostrophes(
        Stack<(char Mark, int Index)> open, char opener, QuoteSpan quote, List<(QuoteSpan Quote, int Beneath)> aboveApostrophes)
    {
        var beneath = open.Count;
        while (aboveApostrophes.Count > 0 && aboveApostrophes[aboveApostrophes.Count - 1].Beneath > beneath)
        {
            aboveApostrophes.RemoveAt(aboveApostrophes.Count - 1);
        }

        if (beneath == 0 || beneath > MaxApostrophesBeneath)
        {
            return;
        }

        foreach (var (mark, _) in open)
        {
            if (!OpensLikeAnApostrophe(mark) || mark == opener)
            {
                return;
            }
        }

        aboveApostrophes.Add((quote, beneath));
    }

    /// <summary>
    /// At the block's end, with a single mark left open at the bottom (an apostrophe, since it
    /// never closed): the quotes noted above apostrophes are top-level quotes, and so is a double
    /// quote left open with only apostrophes beneath it.
    /// </summary>
    private static void AddQuotesAboveApostrophes(
        Stack<(char Mark, int Index)> open, List<QuoteSpan> quotes, List<(QuoteSpan Quote, int Beneath)> aboveApostrophes)
    {
        foreach (var (quote, _) in aboveApostrophes)
        {
            quotes.Add(quote);
        }

        // From the top down: the deepest double mark with nothing but apostrophes beneath it.
        var openDouble = -1;
        foreach (var (mark, index) in open)
        {
            if (QuoteMarks.IsDouble(mark))
            {
                openDouble = index;
            }
            else if (!OpensLikeAnApostrophe(mark))
            {
                openDouble = -1;
            }
        }

        if (openDouble >= 0)
        {
            quotes.Add(new QuoteSpan(openDouble, -1));
        }
    }

    // The straight apostrophe and the left single mark are the two that open a word's elision ("'s", "‘90s") as often
    // as a quote.
    private static bool OpensLikeAnApostrophe(char c) => c is '\'' or '‘';
}
