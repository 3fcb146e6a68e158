using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Regional pages and portals sign and date the article under its last paragraph: "Jane Roe" over "Le 6 mars 2025 à
/// 18h20", or a wire's "Jane Roe, dpa" over "Veröffentlicht am …". The date right under the closing signature is the
/// article's when the page prints no other, and the agency after the writer's name is no part of it.
/// </summary>
public sealed class SignatureAtTheEndTests
{
    [Theory]
    [InlineData("fr", "Anne Lorin", "Le 6 mars 2025 à 18h20", "Anne Lorin", "2025-03-06T18:20")]
    [InlineData("it", "Paolo Neri", "09/02/2025 ore 18:30", "Paolo Neri", "2025-02-09T18:30")]
    [InlineData("nl", "Eva Mol", "6 februari 2025, 07:52", "Eva Mol", "2025-02-06T07:52")]
    [InlineData("de", "Jana Kolb, dpa", "Veröffentlicht am 03.02.2025 um 11:20 Uhr", "Jana Kolb", "2025-02-03T11:20")]
    [InlineData("es", "Marta Ruiz, EFE", "04/02/2025 14:10", "Marta Ruiz", "2025-02-04T14:10")]
    public void TheSignatureAndTheDateUnderTheArticle_SignAndDateIt(string language, string signature, string date, string author, string published)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], p[1], p[2], p[3], signature + "\n" + date, "Most read\nOther story about the harbour\nAnother story about the port");

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(author, article.Author);
        Assert.Equal(published, article.Published);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // A date under the article with no signature over it (a teaser's, a footer's) dates nothing; nor does a date
    // under a signature when the page dates the article at its top.
    [Theory]
    [InlineData("fr", "Le port rouvre sa cale\n6 mars 2025")]
    [InlineData("de", "Mehr zum Thema: Fähre fällt aus\n03.02.2025")]
    public void ADateUnderTheArticle_WithoutASignature_DatesNothing(string language, string teaser)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], p[1], p[2], p[3], teaser);

        var article = ArticleParser.Parse(page);

        Assert.Null(article.Published);
    }

    [Fact]
    public void TheDateAtTheTop_WinsOverTheOneUnderTheSignature()
    {
        var p = Articles.Of("fr");
        var page = string.Join("\n\n", p[0], "Publié le 4 mars 2025 à 08h00", p[1], p[2], p[3], "Anne Lorin\nLe 6 mars 2025 à 18h20");

        var article = ArticleParser.Parse(page);

        Assert.Equal("2025-03-04T08:00", article.Published);
    }

    // A writer's name with a place after a comma is no agency's signature: the place is not cut as an agency.
    [Fact]
    public void ANameWithAPlace_IsNoAgencySignature()
    {
        var p = Articles.Of("de");
        var page = string.Join("\n\n", p[0], p[1], p[2], p[3], "Hafenamt Kiel, Nord");

        var article = ArticleParser.Parse(page);

        Assert.Null(article.Author);
    }

    // On a dumped page the signature over its date ends the article: an event listing under it is the page's.
    [Fact]
    public void UnderTheSignatureAndItsDate_AListingIsThePages()
    {
        var p = Articles.Of("fr");
        var listing = "Agenda du week-end\nVendredi 14 mars\nLoto de l'école, salle des fêtes, 20 h.\nSamedi 15 mars\nMarché aux plantes, place de la mairie, de 9 h à 13 h.";
        var page = string.Join("\n\n", "Le Courrier du Bourg", "Accueil | Région | Sports | Loisirs", "LOCAL", p[0], "Publié le 6 mars 2025 à 18h20", p[1], p[2], p[3], "Anne Lorin\nLe 6 mars 2025 à 18h20", listing);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Equal("Anne Lorin", article.Author);
    }

    // A name over a date between the article's paragraphs, with more prose under it, stays the article's.
    [Fact]
    public void ANameOverADate_WithTheArticleGoingOn_StaysTheArticles()
    {
        var p = Articles.Of("en");
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather | Opinion", "LOCAL", p[0], "By Tom Vale\n12/03/2024 08:15", p[1], p[2], "Jane Roe\n4 March 2025", p[3], Articles.Closing("en"));

        var article = ArticleParser.Parse(page);

        Assert.Contains(article.Paragraphs, x => x.Text == Articles.Closing("en"));
        Assert.Equal("2024-03-12T08:15", article.Published);
    }
}
