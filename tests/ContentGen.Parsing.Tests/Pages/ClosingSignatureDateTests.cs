using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A page that signs its article under the last paragraph with the writer's name and the day on one line ("Ana Ruiz,
/// 12/03/2026"): that date is the article's when the page gives no other. A date near the top still wins; a signature
/// below the footer's teasers, or a sentence holding a date, dates nothing.
/// </summary>
public sealed class ClosingSignatureDateTests
{
    [Theory]
    [InlineData("fr", "Maëlle Guivarc'h, 12/03/2026", "Maëlle Guivarc'h", "2026-03-12")]
    [InlineData("fr", "Paul-Henri Lescot, le 4 février 2026", "Paul-Henri Lescot", "2026-02-04")]
    [InlineData("pt", "Joana Brito Valente, 12/03/2026", "Joana Brito Valente", "2026-03-12")]
    [InlineData("es", "Ana Ruiz Olmedo, 12 de marzo de 2026", "Ana Ruiz Olmedo", "2026-03-12")]
    [InlineData("it", "Marco Rinaldi | 12 marzo 2026", "Marco Rinaldi", "2026-03-12")]
    [InlineData("de", "Anna Berghoff, 12.03.2026", "Anna Berghoff", "2026-03-12")]
    [InlineData("nl", "Sanne de Vries, 12 maart 2026", "Sanne de Vries", "2026-03-12")]
    [InlineData("en", "Jane Roebuck, 12 March 2026", "Jane Roebuck", "2026-03-12")]
    public void TheDateBesideAClosingSignature_DatesTheArticle(string language, string signature, string author, string published)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nSport", p[0], p[1], p[2], p[3], signature, "Share\nFacebook\nWhatsApp", "© 2026 Site");
        var article = ArticleParser.Parse(page);

        Assert.Equal((author, published), (article.Author, article.Published));
        Assert.Equal(p[3], article.Paragraphs[^1].Text);
    }

    [Fact]
    public void ADatelineUnderTheHeadline_WinsOverTheSignaturesDate()
    {
        var p = Articles.Of("pt");
        var page = string.Join("\n\n", "Início\nRegião\nDesporto", p[0], "11/03/2026 09:40", p[1], p[2], p[3], "Joana Brito Valente, 12/03/2026", "© 2026 Site");

        Assert.Equal("2026-03-11T09:40", ArticleParser.Parse(page).Published);
    }

    // Guard: only the first line under the article signs it; "Name, date" under the footer's list is another story's.
    [Fact]
    public void ANameAndDate_BelowTheFootersTeasers_DatesNothing()
    {
        var p = Articles.Of("fr");
        var page = string.Join("\n\n", "Accueil\nActualités\nSports", p[0], p[1], p[2], p[3], "Sur le même sujet\nLa piscine rouvre ses bassins en juin\nUn marché de nuit tous les jeudis", "Hélène Castagné, 12/03/2026", "© 2026 Site");

        Assert.Null(ArticleParser.Parse(page).Published);
    }

    // Guard: a sentence with a comma and a date under the article is prose or an editor's note, not a signature.
    [Theory]
    [InlineData("en", "This article was amended, 12 March 2026, to correct the name of the bus operator.")]
    [InlineData("es", "Fe de errores, 12 de marzo de 2026: el pleno se celebró el martes y no el lunes.")]
    public void ASentenceHoldingADate_UnderTheArticle_DatesNothing(string language, string line)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nSport", p[0], p[1], p[2], p[3], line, "© 2026 Site");

        Assert.Null(ArticleParser.Parse(page).Published);
    }
}
