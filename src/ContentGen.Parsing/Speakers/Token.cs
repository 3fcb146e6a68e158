using System.Collections.Generic;
using ContentGen.Parsing.Quotes;
using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Speakers;

/// <summary>What a <see cref="Token"/> is.</summary>
internal enum TokenKind
{
    Word,
    Comma,
    Colon,
    Terminal,
    Quote,
    Other,
}

/// <summary>A word, punctuation mark or whole quote in a paragraph, for attribution.</summary>
internal readonly struct Token
{
    public Token(TokenKind kind, string text, int quoteIndex = -1)
    {
        Kind = kind;
        Text = text;
        QuoteIndex = quoteIndex;
    }

    public TokenKind Kind { get; }

    public string Text { get; }

    /// <summary>For a <see cref="TokenKind.Quote"/> token, the index of the quote within its paragraph.</summary>
    public int QuoteIndex { get; }

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => IsWord && char.IsUpper(Text[0]);

    public bool IsLower => IsWord && char.IsLower(Text[0]);

    public bool Is(string word) => IsWord && string.Equals(Text, word, System.StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether this is a quote whose words end with a full stop: the sentence ends with it.</summary>
    public bool IsQuoteEndingSentence => Kind == TokenKind.Quote && Text == ".";

    /// <summary>
    /// Tokenises <paramref name="text"/>, turning each quote in <paramref name="quotes"/> into one
    /// <see cref="TokenKind.Quote"/> token so that words inside quotes are never read as attribution.
    /// </summary>
    public static List<Token> Read(string text, IReadOnlyList<QuoteSpan> quotes)
    {
        var tokens = new List<Token>();
        var next = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (next < quotes.Count && quotes[next].Open == i)
            {
                tokens.Add(new Token(TokenKind.Quote, LastMarkInside(text, quotes[next]), next));
                i = quotes[next].End(text.Length);
                next++;
                continue;
            }

            var c = text[i];
            if (Whitespace.IsSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInWordJoiner(text, i)))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Word, text.Substring(start, i - start)));
                continue;
            }

            var kind = c switch
            {
                ',' => TokenKind.Comma,
                ':' => TokenKind.Colon,
                _ when Punctuation.IsTerminal(c) => TokenKind.Terminal,
                _ => TokenKind.Other,
            };
            tokens.Add(new Token(kind, c.ToString()));
            i++;
        }

        return tokens;
    }

    // A quote token keeps only the last character of its words, so that sentence splitting can
    // see a quote that ends with a full stop ("… late." Coach X says …) without copying the quote.
    private static string LastMarkInside(string text, QuoteSpan quote)
    {
        if (quote.IsOpen || quote.IsAbandoned)
        {
            return string.Empty;
        }

        var i = quote.Close - 1;
        while (i > quote.Open && Whitespace.IsSpace(text[i]))
        {
            i--;
        }

        return i > quote.Open ? text[i].ToString() : string.Empty;
    }

    // Apostrophes, hyphens and dots between letters stay in the word: "l'ONU", "dit-elle", "U.S".
    private static bool IsInWordJoiner(string text, int i)
        => (text[i] is '\'' or '’' or '-' or '.')
        && i + 1 < text.Length
        && char.IsLetterOrDigit(text[i + 1])
        && !(text[i] == '.' && char.IsUpper(text[i + 1]) && i + 2 < text.Length && char.IsLower(text[i + 2]));
}
