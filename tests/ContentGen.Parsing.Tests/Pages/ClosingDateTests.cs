using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Some pages print their date only under the article, alone on its line ("12 maart 2025"), sometimes past the site's
/// appeal and its button. That date is the article's when the page gives no other; a date past a teaser's headline or a
/// source's label is that story's or that source's, and a date near the top still wins.
/// </summary>
public sealed class ClosingDateTests
{
    [Theory]
    [InlineData("en", "12 March 2025")]
    [InlineData("fr", "12 mars 2025")]
    [InlineData("de", "12. März 2025")]
    [InlineData("es", "12 de marzo de 2025")]
    [InlineData("it", "12 marzo 2025")]
    [InlineData("pt", "12 de março de 2025")]
    [InlineData("nl", "12 maart 2025")]
    public void ADateAloneUnderTheLastParagraph_DatesTheArticle(string language, string dateline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nSport", p[0], p[1], p[2], p[3], dateline, "© 2025 Site");
        var article = ArticleParser.Parse(page);

        Assert.Equal("2025-03-12", article.Published);
        Assert.Equal(p[3], article.Paragraphs[^1].Text);
    }

    [Fact]
    public void ADateAndItsTime_UnderTheLastParagraph_DatesTheArticleToTheMinute()
    {
        var p = Articles.Of("de");
        var page = string.Join("\n\n", "Home\nNews\nSport", p[0], p[1], p[2], p[3], "12.03.2025, 14:20 Uhr", "© 2025 Site");

        Assert.Equal("2025-03-12T14:20", ArticleParser.Parse(page).Published);
    }

    [Theory]
    [InlineData("nl", "Lokaal nieuws maken kost geld. Wil je dat wij blijven schrijven over jouw dorp? Steun ons met een bijdrage.\nDoneer nu", "12 maart 2025")]
    [InlineData("es", "Este diario existe gracias a sus lectores. Si valoras lo que hacemos, hazte socio desde 3 euros al mes.\nHazte socio", "12 de marzo de 2025")]
    [InlineData("en", "Local news costs money to make. If you value what we do, please support us with a donation.\nSupport us", "12 March 2025")]
    public void ADateUnderTheSitesAppeal_DatesTheArticle(string language, string appeal, string dateline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nSport", p[0], p[1], p[2], p[3] + "\n" + appeal, dateline, "© 2025 Site");

        Assert.Equal("2025-03-12", ArticleParser.Parse(page).Published);
    }

    // Guard: past a teaser's headline the date is that story's.
    [Theory]
    [InlineData("it", "Potrebbe interessarti\nLa fiera del formaggio cambia data", "12 marzo 2025")]
    [InlineData("fr", "Nos dernières vidéos\nLes images de la digue submergée au petit matin", "12 mars 2025")]
    public void ADateUnderATeaser_DatesNothing(string language, string teaser, string dateline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nSport", p[0], p[1], p[2], p[3], teaser + "\n" + dateline, "© 2025 Site");

        Assert.Null(ArticleParser.Parse(page).Published);
    }

    // Guard: a short label with its colon credits a source ("Bron: Waterschap"), and the date under it is the source's.
    [Fact]
    public void ADateUnderAShortSourceLabel_DatesNothing()
    {
        var p = Articles.Of("nl");
        var page = string.Join("\n\n", "Home\nNieuws\nSport", p[0], p[1], p[2], p[3], "Bron: Waterschap\n12 maart 2019", "© 2025 Site");

        Assert.Null(ArticleParser.Parse(page).Published);
    }

    [Fact]
    public void ADatelineUnderTheHeadline_WinsOverTheDateAtTheEnd()
    {
        var p = Articles.Of("it");
        var page = string.Join("\n\n", "Home\nNews\nSport", p[0], "11 marzo 2025", p[1], p[2], p[3], "12 marzo 2025", "© 2025 Site");

        Assert.Equal("2025-03-11", ArticleParser.Parse(page).Published);
    }
}
