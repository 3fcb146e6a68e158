using ContentGen.Parsing.Lexicons.Speech;
using ContentGen.Parsing.Quotes;
using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// One invented sentence read the way the speaker finder reads it, for the tests that ask one
/// sieve alone: its tokens and the index of its quote (the first, or the one asked for).
/// </summary>
internal static class OneSentence
{
    public static Cues Cues { get; } = new(SpeechTables.All);

    public static List<Token> Tokens(string sentence) => Token.Read(sentence, QuoteScanner.Scan(sentence).Quotes, new List<Token>());

    /// <summary>The subject the noun-phrase reader finds before the first token <paramref name="verb"/>.</summary>
    public static Subject Before(string sentence, string verb = "said")
    {
        var tokens = Tokens(sentence);
        return Cues.Phrase.ReadBackward(tokens, tokens.FindIndex(token => token.Text == verb));
    }

    public static (List<Token> Tokens, int Quote) Read(string sentence, int whichQuote = 0)
    {
        var tokens = Tokens(sentence);
        var quotes = tokens.Select((token, index) => (token, index)).Where(t => t.token.Kind == TokenKind.Quote).ToList();
        return (tokens, quotes[whichQuote].index);
    }

    /// <summary>The text of what <paramref name="find"/> names for the sentence's quote, or null for none.</summary>
    public static string? Speaker(Func<IReadOnlyList<Token>, int, Subject> find, string sentence, int whichQuote = 0)
    {
        var (tokens, quote) = Read(sentence, whichQuote);
        var subject = find(tokens, quote);
        return subject.IsFound ? subject.Text : null;
    }
}
