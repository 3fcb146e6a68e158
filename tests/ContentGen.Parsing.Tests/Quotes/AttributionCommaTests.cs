namespace ContentGen.Parsing.Tests.Quotes;

/// <summary>
/// English puts a comma inside the marks before an attribution ("We remain far apart," said Roe):
/// the quote's text leaves it out, and the string the model returns is the only copy of the words.
/// </summary>
public sealed class AttributionCommaTests
{
    private static string Article(string words) => $"Harbour talks stall\n\n\"{words},\" said Jane Roe, the harbour master.\n";

    [Fact]
    public void TheCommaBeforeAnAttribution_IsNotPartOfTheQuote()
    {
        var quote = Assert.Single(ArticleParser.Parse(Article("We remain far apart")).Quotes);

        Assert.Equal("We remain far apart", quote.Text);
        Assert.Equal("Jane Roe", quote.Speaker);
    }

    [Fact]
    public void ALongQuoteWithItsComma_IsCopiedOnce()
    {
        var shortWords = "We remain far apart";
        var longWords = string.Join(" ", Enumerable.Repeat("We remain far apart on the harbour fees", 100));
        var shortArticle = Article(shortWords);
        var longArticle = Article(longWords);
        ArticleParser.Parse(shortArticle);
        ArticleParser.Parse(longArticle);

        var before = GC.GetAllocatedBytesForCurrentThread();
        ArticleParser.Parse(shortArticle);
        var shortCost = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        var article = ArticleParser.Parse(longArticle);
        var longCost = GC.GetAllocatedBytesForCurrentThread() - before;

        // The longer words cost their paragraph's string and the quote's: two copies, not three.
        var extra = 2L * (longWords.Length - shortWords.Length);
        Assert.Equal(longWords, Assert.Single(article.Quotes).Text);
        Assert.True(longCost - shortCost < (2 * extra) + (extra / 2), $"{longCost - shortCost} bytes for {extra} bytes of words");
    }
}
