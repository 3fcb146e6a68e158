using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A browser's title that sets the site's name off with a middle dot ("Night buses … from April · Valley Courier"), printed
/// as the page's first line (issue 11): the name after the dot is the site's, whether the page prints the headline again
/// under it or not. A section's label in lower case after the dot is no site.
/// </summary>
public sealed class BrowserTitleMiddleDotTests
{
    public static TheoryData<string, string> Sites() => new()
    {
        { "en", "Valley Courier" },
        { "fr", "Le Réveil du Val" },
        { "de", "Talboter Anzeiger" },
        { "es", "Diario del Valle" },
        { "it", "Corriere della Valle" },
        { "pt", "Jornal do Vale" },
        { "nl", "Dagblad van het Dal" },
    };

    private static string Page(string language, string browserTitle, bool printedAgain)
    {
        var p = Articles.Of(language);
        var top = printedAgain ? browserTitle + "\n\n" + p[0] : browserTitle;
        return string.Join("\n\n", top, "12/03/2024", p[1], p[2], p[3], Articles.Closing(language), "Share\nPrivacy policy");
    }

    // French is left out: a French browser's title over its headline printed again keeps no site after a bar either
    // ("… de la vallée | Le Réveil du Val"), a gap of its own that the dot does not touch.
    public static TheoryData<string, string> SitesOverAPrintedHeadline() => new()
    {
        { "en", "Valley Courier" },
        { "de", "Talboter Anzeiger" },
        { "es", "Diario del Valle" },
        { "it", "Corriere della Valle" },
        { "pt", "Jornal do Vale" },
        { "nl", "Dagblad van het Dal" },
    };

    [Theory]
    [MemberData(nameof(SitesOverAPrintedHeadline))]
    public void ASiteNameAfterAMiddleDot_OnTheBrowsersTitleOverTheHeadline_IsTheSource(string language, string site)
    {
        var headline = Articles.Headline(language);
        var article = ArticleParser.Parse(Page(language, headline + " · " + site, printedAgain: true));

        Assert.Equal(headline, article.Title);
        Assert.Equal(site, article.Source);
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void ASiteNameAfterAMiddleDot_OnTheHeadlinesOnlyCopy_IsTheSource(string language, string site)
    {
        var headline = Articles.Headline(language);
        var article = ArticleParser.Parse(Page(language, headline + " · " + site, printedAgain: false));

        Assert.Equal(headline, article.Title);
        Assert.Equal(site, article.Source);
    }

    // "· local news", "· regio": a section's label in lower case after the dot names no site.
    [Theory]
    [InlineData("en", "local news")]
    [InlineData("nl", "regio en omgeving")]
    public void ALowerCaseLabelAfterAMiddleDot_IsNoSource(string language, string label)
    {
        var headline = Articles.Headline(language);
        var article = ArticleParser.Parse(Page(language, headline + " · " + label, printedAgain: true));

        Assert.Null(article.Source);
        Assert.Equal(headline, article.Title);
    }
}
