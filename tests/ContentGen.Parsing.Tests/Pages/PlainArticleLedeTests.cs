using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A plain article (its headline on the first line, no page chrome above it) opens with a lede that
/// news style writes with few function words ("Harbour, Valmont and Eastport fish markets posted
/// record prices.", "Tom Vale will walk again.") or that an export cut off before its full stop;
/// and an export may cut the last paragraph off before its full stop too. Both are the article's text.
/// Before, the lede was set aside as navigation (it read as neither prose nor a heading) and the cut
/// last paragraph as trailer (it did not end as a sentence): text silently lost. On a dumped page the
/// lede under the byline is kept when it is a whole sentence of five words or more.
/// </summary>
public sealed class PlainArticleLedeTests
{
    private const string Body =
        "The company said the result was driven by the strongest summer season in a decade, with more passengers on every one of its routes than in any year before the pandemic.";

    private const string Middle =
        "Its chief executive said the firm would use the money to order two new vessels, which should be in service by the spring of next year if the yard keeps to its schedule.";

    public static TheoryData<string, string> Ledes() => new()
    {
        { "en", "Harbour ferry operator Tidewater posts record summer profits, officials confirmed." },
        { "en", "Tidewater chief Jamie Holt resigned." },
        { "en", "Harbour ferry operator Tidewater posted record summer profits on Monday, beating every forecast made by analysts in the spring, figures have shown" },
        { "de", "Fährbetreiber Tidewater meldet Rekordgewinn, Aktie steigt kräftig." },
        { "es", "Naviera Tidewater, beneficio récord tras verano histórico." },
        { "nl", "Veerdienst Tidewater boekt recordwinst, aandeel stijgt fors." },
    };

    [Theory]
    [MemberData(nameof(Ledes))]
    public void APlainArticlesLede_StaysInTheBody(string language, string lede)
    {
        var article = ArticleParser.Parse(string.Join("\n", "Ferry firm posts record profits", "", lede, "", Body, "", Middle));

        Assert.Equal("Ferry firm posts record profits", article.Title);
        Assert.Equal(new[] { lede, Body, Middle }, article.Paragraphs.Select(p => p.Text));
        Assert.Empty(article.Boilerplate);
        Assert.NotNull(language);
    }

    [Fact]
    public void APlainArticlesLastParagraph_CutBeforeItsFullStop_Stays()
    {
        const string cut =
            "In 2003 the firm carried 1.2 million passengers, and its profits rose by a fifth on the year before, while the number of crossings it ran stayed the same at 18,000";
        var article = ArticleParser.Parse(string.Join("\n", "Ferry firm posts record profits", "", "Tidewater has posted record profits for the summer.", "", Body, "", Middle, "", cut));

        Assert.Equal(cut, article.Paragraphs[^1].Text);
        Assert.Empty(article.Boilerplate);
    }

    // The rules stay where they were: on a dumped page, what stands between the chrome-topped headline and
    // the article is furniture unless it reads as prose, and a plain article's own short lines above its
    // first paragraph ("Ewood Park", "Tuesday, 1 March") are no lede.
    [Fact]
    public void AMatchReportsFactLines_AreStillSetAside()
    {
        var article = ArticleParser.Parse(string.Join("\n", "Rovers v United", "", "Ewood Park", "", "Tuesday, 1 March", "", Body, "", Middle));

        Assert.Equal(new[] { Body, Middle }, article.Paragraphs.Select(p => p.Text));
        Assert.Equal(new[] { "Ewood Park", "Tuesday, 1 March" }, article.Boilerplate.Select(b => b.Text));
    }

    // On a dumped page the standfirst under the byline is a whole sentence, however few its function
    // words; a line of words with no sentence there is still chrome.
    [Theory]
    [InlineData("en", "Tidewater chief Jamie Holt resigned, shares tumbled.")]
    [InlineData("de", "Fährbetreiber Tidewater meldet Rekordgewinn, Aktie steigt kräftig.")]
    [InlineData("nl", "Veerdienst Tidewater boekt recordwinst, aandeel stijgt fors.")]
    public void OnADumpedPage_ALedeWithFewFunctionWords_StaysInTheBody(string language, string lede)
    {
        var article = ArticleParser.Parse(string.Join("\n", Dumped(lede)));

        Assert.Equal(new[] { lede, Body, Middle }, article.Paragraphs.Select(p => p.Text));
        Assert.NotNull(language);
    }

    [Fact]
    public void OnADumpedPage_WordsWithNoSentenceAboveTheArticle_AreStillChrome()
    {
        var article = ArticleParser.Parse(string.Join("\n", Dumped("Business Harbour Ferries Profits Tidewater")));

        Assert.Equal(new[] { Body, Middle }, article.Paragraphs.Select(p => p.Text));
    }

    private static string[] Dumped(string line) => new[]
    {
        "Skip to content", "Coastal Gazette", "Home > News > Business", "",
        "Ferry firm posts record profits | Coastal Gazette", "",
        "By Anna Price", "Published 12 March 2024", "",
        line, "",
        Body, "", Middle,
    };
}
