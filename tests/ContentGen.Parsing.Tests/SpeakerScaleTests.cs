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
}
