using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Speakers;

// "KRESSBRUNN – Georg Wendlinger führt den Betrieb …", "SOTOLUNA – El mercadillo …", "LONDON – Tom
// Baker runs …", "Berlin (dpa) – …": a dateline opening a paragraph says where the report was filed,
// and is no part of its first sentence. Read as one, it hid that sentence's opening subject (a place in
// capitals before a dash is no name the sentence opens with), so a later pronoun or epithet meant no one.
internal static partial class Sentences
{
    // A dateline's place is a few words at most ("SAN SEBASTIÁN", "AIX EN PROVENCE").
    private const int MaxPlaceWords = 4;

    // An agency's or a date's brackets after the place hold a few words at most ("(dpa)", "(EFE)").
    private const int MaxBracketTokens = 6;

    /// <summary>
    /// Where the paragraph's first sentence starts: after a dateline, a place in capitals (or a capitalised
    /// place with an agency in brackets) and a dash, when a capitalised word or a quote follows; otherwise 0.
    /// </summary>
    private static int DatelineEnd(List<Token> tokens)
    {
        var i = 0;
        var allCapitals = true;
        while (i < tokens.Count && i < MaxPlaceWords && tokens[i].Kind == TokenKind.Word && tokens[i].IsCapitalized)
        {
            allCapitals &= LetterCase.IsCapitalsWord(tokens[i].Span);
            i++;
        }

        if (i == 0 || i >= tokens.Count)
        {
            return 0;
        }

        // "Berlin (dpa) –": an agency in brackets makes a capitalised place a dateline too.
        var bracketed = false;
        if (tokens[i].IsMark('('))
        {
            var close = i + 1;
            while (close < tokens.Count && close <= i + MaxBracketTokens && !tokens[close].IsMark(')'))
            {
                close++;
            }

            if (close >= tokens.Count || !tokens[close].IsMark(')'))
            {
                return 0;
            }

            bracketed = true;
            i = close + 1;
        }

        if (!(allCapitals || bracketed) || i + 1 >= tokens.Count || !Phrase.IsDash(tokens[i]))
        {
            return 0;
        }

        var next = tokens[i + 1];
        return next.IsCapitalized || next.Kind == TokenKind.Quote ? i + 1 : 0;
    }
}
