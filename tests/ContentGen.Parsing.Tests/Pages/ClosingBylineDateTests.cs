using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A page that signs its articles at the end prints the byline with its word and the date under the last paragraph
/// ("Door Sanne de Vries" / "19 november 2025, 17:12"): that date is the article's when the page gives no other. A date
/// near the top still wins, and a date under the footer's teasers dates nothing.
/// </summary>
public sealed class ClosingBylineDateTests
{
    [Theory]
    [InlineData("nl", "Door Sanne de Vries", "19 november 2025, 17:12", "Sanne de Vries", "2025-11-19T17:12")]
    [InlineData("en", "By Jane Roe", "14 May 2025, 5:42 pm", "Jane Roe", "2025-05-14T17:42")]
    [InlineData("de", "Von Anna Berg", "12.06.2025, 16:20 Uhr", "Anna Berg", "2025-06-12T16:20")]
    [InlineData("es", "Por Lucía Prieto", "19 de octubre de 2025", "Lucía Prieto", "2025-10-19")]
    public void TheDateUnderAClosingByline_DatesTheArticle(string language, string byline, string dateline, string author, string published)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nSport\nWeather", p[0], p[1], p[2], p[3], byline + "\n" + dateline, "© 2025 Site");
        var article = ArticleParser.Parse(page);

        Assert.Equal((author, published), (article.Author, article.Published));
        Assert.Equal(p[3], article.Paragraphs[^1].Text);
    }

    [Fact]
    public void ADatelineUnderTheHeadline_WinsOverTheClosingOne()
    {
        var p = Articles.Of("nl");
        var page = string.Join("\n\n", "Home\nNieuws\nSport", p[0], "18 november 2025, 08:00", p[1], p[2], p[3], "Door Sanne de Vries\n19 november 2025, 17:12", "© 2025 Site");

        Assert.Equal("2025-11-18T08:00", ArticleParser.Parse(page).Published);
    }

    // Guard: only the line right under the closing byline dates the article; a teaser's date further down is another story's.
    [Fact]
    public void ADateUnderATeaser_BelowTheClosingByline_DatesNothing()
    {
        var p = Articles.Of("nl");
        var page = string.Join("\n\n", "Home\nNieuws\nSport", p[0], p[1], p[2], p[3], "Door Sanne de Vries", "Meest gelezen\nBrug in Zwolle gaat drie weken dicht\nGemeente zoekt vrijwilligers voor de markt\n19 november 2025, 17:12", "© 2025 Site");
        var article = ArticleParser.Parse(page);

        Assert.Equal(("Sanne de Vries", (string?)null), (article.Author, article.Published));
    }

    // Review s23, finding 4: a source's credit under the last paragraph credits the data, and the date under it is the data's.
    [Theory]
    [InlineData("Source: Valley Water Board", "14 May 2019")]
    [InlineData("Sources: Valley Council, Harbour Authority", "14 May 2019")]
    public void TheDateUnderASourcesCredit_DatesNothing(string source, string dateline)
    {
        var p = Articles.Of("en");
        var page = string.Join("\n\n", "Home\nNews\nSport", p[0], p[1], p[2], p[3], source + "\n" + dateline, "Share\nPrivacy policy");

        Assert.Null(ArticleParser.Parse(page).Published);
    }
}
