using ContentGen.Parsing.Quotes;
using ContentGen.Parsing.Speakers;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The finder splits paragraph after paragraph into sentences: the ranges of one paragraph's
/// sentences serve the next, and read its tokens exactly as new ones would.
/// </summary>
public sealed class SentenceRangeReuseTests
{
    private const string First = "One sentence here. \"A quote.\" Mr Smith said. A third one.";
    private const string Second = "Only two. And then the end of it, she said";

    private static List<Token> Tokens(string text, List<Token> tokens) => Token.Read(text, QuoteScanner.Scan(text).Quotes, tokens);

    private static string[] Words(List<TokenRange> sentences)
        => sentences.Select(s => string.Join(" ", s.Select(t => t.Span.ToString()))).ToArray();

    [Fact]
    public void RangesSetAgain_ReadTheNextParagraph_AsNewOnesDo()
    {
        var fresh = Words(Sentences.Split(Tokens(Second, new List<Token>()), new List<TokenRange>()));
        var tokens = new List<Token>();
        var sentences = new List<TokenRange>();
        var spare = new List<TokenRange>();
        Sentences.Split(Tokens(First, tokens), sentences, spare);
        Assert.Equal(4, sentences.Count);
        var used = sentences.ToList();
        Sentences.Recycle(sentences, spare);

        var again = Sentences.Split(Tokens(Second, tokens), sentences, spare);

        Assert.Equal(fresh, Words(again));
        Assert.All(again, s => Assert.Contains(s, used));
        Assert.Equal(2, spare.Count);
    }

    [Fact]
    public void SplittingWithSpareRanges_MakesNoRange()
    {
        var tokens = new List<Token>();
        var sentences = new List<TokenRange>(8);
        var spare = new List<TokenRange>(8);
        Sentences.Split(Tokens(First, tokens), sentences, spare);
        Sentences.Recycle(sentences, spare);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            Sentences.Split(tokens, sentences, spare);
            Sentences.Recycle(sentences, spare);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void SpareRanges_AreKeptAFewHundredAtMost_AndHoldNoTokens()
    {
        var text = string.Concat(Enumerable.Repeat("A short one. ", 400));
        var tokens = Tokens(text, new List<Token>());
        var sentences = new List<TokenRange>();
        var spare = new List<TokenRange>();
        Sentences.Split(tokens, sentences, spare);
        Assert.Equal(400, sentences.Count);

        Sentences.Recycle(sentences, spare);

        Assert.Empty(sentences);
        Assert.Empty(spare);
        Sentences.Split(Tokens(First, new List<Token>()), sentences, spare);
        Sentences.Recycle(sentences, spare);
        Assert.Equal(4, spare.Count);
        Assert.All(spare, range => Assert.Empty(range));
    }

    [Fact]
    public void TheThreadsSpareRanges_AreOneListPerThread()
    {
        var mine = Sentences.SpareForThread;
        List<TokenRange>? other = null;
        var thread = new Thread(() => other = Sentences.SpareForThread);
        thread.Start();
        thread.Join();

        Assert.Same(mine, Sentences.SpareForThread);
        Assert.NotNull(other);
        Assert.NotSame(mine, other);
    }
}
