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

    [Fact]
    public void AQuotesTrimmedWords_AreOneString_MadeOnce()
    {
        const string Text = "Le maire a dit : « Nous rouvrirons le port ». Fin.";
        var quote = QuoteScanner.Scan(Text).Quotes[0];
        _ = quote.TrimmedInner(Text);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var words = quote.TrimmedInner(Text);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal("Nous rouvrirons le port", words);
        Assert.True(allocated <= 22 + (2 * words.Length) + 8, $"{allocated} bytes for a string of {words.Length} characters");
    }

    [Fact]
    public void AQuoteOverParagraphs_IsTrimmedToo()
    {
        const string Text = "\" First part. \"Second part. \"Third. \" he said";
        var quote = QuoteScanner.Scan(Text).Quotes[0];

        Assert.Equal("First part. Second part. Third.", quote.TrimmedInner(Text));
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
