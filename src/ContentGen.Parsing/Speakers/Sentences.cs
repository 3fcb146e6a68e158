using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;

namespace ContentGen.Parsing.Speakers;

/// <summary>Splits a paragraph's tokens into sentences; quotes are single tokens, so their full stops never split.</summary>
internal static class Sentences
{
    /// <summary>The sentences of <paramref name="tokens"/>, in order, as ranges of it, into <paramref name="sentences"/> (emptied first).</summary>
    public static List<TokenRange> Split(List<Token> tokens, List<TokenRange> sentences)
    {
        sentences.Clear();
        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (EndsSentence(tokens, i))
            {
                sentences.Add(new TokenRange(tokens, start, i + 1 - start));
                start = i + 1;
            }
        }

        if (start < tokens.Count)
        {
            sentences.Add(new TokenRange(tokens, start, tokens.Count - start));
        }

        return sentences;
    }

    private static bool EndsSentence(List<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count)
        {
            return false;
        }

        var next = tokens[i + 1];

        // "… one day captain your country." Coach X says …: the quote's own full stop ends the
        // sentence, so the next sentence's verb is not read as the quote's attribution. Only a
        // full stop counts: "Why?" Mr X asked keeps the question with its speaker.
        if (tokens[i].IsQuoteEndingSentence)
        {
            return next.IsCapitalized;
        }

        if (tokens[i].Kind != TokenKind.Terminal)
        {
            return false;
        }

        var startsNew = next.IsCapitalized || next.Kind == TokenKind.Quote || (next.IsWord && char.IsDigit(next.First));
        var afterAbbreviation = i > 0 && tokens[i - 1].IsWord
            && (LexiconTables.Abbreviations.Contains(tokens[i - 1].Span) || (tokens[i - 1].Span.Length == 1 && char.IsUpper(tokens[i - 1].First)));
        return startsNew && !afterAbbreviation;
    }
}
