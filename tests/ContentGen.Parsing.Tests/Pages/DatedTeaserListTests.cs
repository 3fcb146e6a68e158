namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Under the article, a list of other articles, each a date and its headline, under the list's heading ("Weitere
/// Pressemitteilungen", "Meer nieuws"): the heading is no writer's name, whatever its capitals.
/// </summary>
public sealed class DatedTeaserListTests
{
    [Theory]
    [InlineData("de", "Weitere Pressemitteilungen\n26.02.2025 Radwegeprogramm: Kommunen erhalten neue Zuschüsse\n25.02.2025 Staatssekretär besucht den Bahnhofsumbau")]
    [InlineData("nl", "Meer Persberichten\n26-02-2025 Gemeente opent nieuw fietspad langs de dijk\n25-02-2025 Wethouder bezoekt het vernieuwde station")]
    [InlineData("en", "More Press Releases\n26/02/2025 Council opens new cycle path along the river\n25/02/2025 Mayor visits the rebuilt station")]
    public void AListHeadingOverDatedHeadlines_UnderTheArticle_NamesNoWriter(string language, string list)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], "12.03.2024", p[1], p[2], p[3], list);

        var article = ArticleParser.Parse(page);

        Assert.Null(article.Author);
    }
}
