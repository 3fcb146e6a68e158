using System.Text;
using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests;

/// <summary>
/// Attribution of many quotes by one speaker. Each name is listed once, which keeps this linear
/// (40,000 quotes once took minutes); the timing itself is shown by the benchmarks
/// (<c>PathologicalBenchmarks</c>), not asserted here, since a test machine's speed varies.
/// </summary>
public sealed class SpeakerScaleTests
{
    [Fact]
    public void ManyQuotesBySameSpeaker_AreAllAttributed()
    {
        var text = new StringBuilder("Council meeting runs through the night\n\nThe mayor spoke. ");
        for (var i = 0; i < 40_000; i++)
        {
            text.Append("\"We will,\" said Jane Doe, ");
        }

        var article = ArticleParser.Parse(text.Append("at last.").ToString());

        Assert.Equal(40_000, article.Quotes.Count);
        Assert.All(article.Quotes, quote => Assert.Equal("Jane Doe", quote.Speaker));
    }

    [Fact]
    public void ShortName_QuotedAgainAndAgain_StillResolvesToTheFullName()
    {
        // Listing each name once must not change which name is found: "Sherman", quoted after
        // "Wendy Sherman" and listed again on every quote before, is still the same person.
        const string text = "Talks end without a deal\n\n"
            + "\"We are firm,\" said Wendy Sherman.\n\n"
            + "\"Not now,\" said Sherman.\n\n"
            + "\"No more,\" said Sherman.\n\n"
            + "\"Not ever,\" said Sherman.\n";
        var quotes = ArticleParser.Parse(text).Quotes;

        Assert.Equal(new[] { "Wendy Sherman", "Wendy Sherman", "Wendy Sherman", "Wendy Sherman" }, quotes.Select(quote => quote.Speaker));
    }

    [Fact]
    public void AnArticle_ReadsTheSame_AfterAHugeParagraph_AndBesideOthersOnOtherThreads()
    {
        // The speaker reader keeps one token list per thread between articles: an article must
        // read the same whatever was read before it on its thread, and while others read on theirs.
        const string small = "Talks end without a deal\n\n"
            + "Wendy Sherman left the room. \"We are firm,\" she said.\n\n"
            + "\"Not now,\" said Sherman, and the council said it would wait.\n";
        var huge = new StringBuilder("Council meeting runs through the night\n\nThe mayor spoke. ");
        for (var i = 0; i < 30_000; i++)
        {
            huge.Append("\"We will,\" said Jane Doe, ");
        }

        var expected = ArticleParser.Parse(small);
        Assert.Equal(new[] { "Wendy Sherman", "Wendy Sherman" }, expected.Quotes.Select(quote => quote.Speaker));
        var afterHuge = ArticleParser.Parse(huge.Append("at last.").ToString());
        Assert.Equal(expected, ArticleParser.Parse(small));

        var inParallel = Enumerable.Range(0, 64).AsParallel().Select(i => ArticleParser.Parse(i % 8 == 0 ? huge.ToString() : small)).ToList();
        Assert.All(inParallel.Where((_, i) => i % 8 != 0), article => Assert.Equal(expected, article));
        Assert.All(inParallel.Where((_, i) => i % 8 == 0), article => Assert.Equal(afterHuge, article));
    }
}
