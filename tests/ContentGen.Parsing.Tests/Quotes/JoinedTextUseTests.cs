using ContentGen.Parsing.Quotes;
using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Quotes;

/// <summary>
/// Texts joined from pieces for the model: a quote that goes on over paragraphs, without its
/// repeated opening marks, and a name of several words, one space apart.
/// </summary>
public sealed class JoinedTextUseTests
{
    [Fact]
    public void AQuoteOverParagraphs_LeavesOutItsRepeatedOpeningMarks()
    {
        const string Text = "\"First part. \"Second part. \"Third.\" he said";
        var quote = QuoteScanner.Scan(Text).Quotes[0];

        Assert.Equal(2, quote.Continuations!.Length);
        Assert.Equal("First part. Second part. Third.", quote.Inner(Text));
    }

    [Theory]
    [InlineData(0, 1, "Chief")]
    [InlineData(0, 3, "Chief Inspector Jane")]
    [InlineData(1, 4, "Inspector Jane O'Neill")]
    public void AName_IsItsWordsOneSpaceApart(int start, int end, string expected)
    {
        const string Sentence = "Chief  Inspector\tJane O'Neill said so.";
        var tokens = Token.Read(Sentence, QuoteScanner.Scan(Sentence).Quotes, new List<Token>());

        Assert.Equal(expected, Phrase.Join(tokens, start, end));
    }
}
