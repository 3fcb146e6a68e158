namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A page copied under a consent box or a trail prints the browser's title ("Headline | The Wendmoor Echo") over its
/// chrome and no masthead of its own: a paper's name that opens with its article and runs on for two words past it is
/// the source, though it holds no publication's word ("Echo", "Risveglio"). A section's name after the bar is no source.
/// </summary>
public sealed class ArticledSiteNameTests
{
    private static string Page(string language, string site)
    {
        var p = Articles.Of(language);
        return string.Join("\n\n", p[0] + " | " + site, "Accept all\nReject all", Articles.GappedMenu(language), p[0], p[1], p[2], p[3]);
    }

    [Theory]
    [InlineData("en", "The Kelmouth Clarion")]
    [InlineData("fr", "Le Réveil de Morvanne")]
    [InlineData("de", "Die Glocke von Wendel")]
    [InlineData("es", "El Faro de Valdemora")]
    [InlineData("it", "La Sentinella di Valmora")]
    [InlineData("pt", "O Farol de Alcarede")]
    [InlineData("nl", "De Stem van Wolderland")]
    public void APapersNameWithItsArticle_AfterTheBrowsersTitle_IsTheSource(string language, string site)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(Page(language, site));

        Assert.Equal((p[0], site), (article.Title, article.Source));
        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
    }

    // A section's name, or a short one with its article ("Le Mag", "La Une"), names no paper.
    [Theory]
    [InlineData("en", "Opinion")]
    [InlineData("fr", "Le Mag")]
    [InlineData("de", "Kultur")]
    [InlineData("es", "La Contra")]
    [InlineData("it", "Cronaca")]
    [InlineData("pt", "O Mundo")]
    [InlineData("nl", "Regio")]
    public void ASectionsName_AfterTheBrowsersTitle_IsNoSource(string language, string section)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(Page(language, section));

        Assert.Equal(p[0], article.Title);
        Assert.Null(article.Source);
    }
}
