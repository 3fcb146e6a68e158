namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A portal whose only headline copy is its browser title ("Headline - Site") prints its own name in the header with
/// today's date under it: that date is the site's, not the article's, and the site's name is no writer. The article's
/// own stamp further down ("Iberpress | 12/03/2026 - 10:47", an agency in one word) dates it; with no stamp of its own the
/// article is left undated, not dated by the day the page was read; a writer's name over a date still signs and dates it.
/// </summary>
public sealed class SiteDateUnderSiteNameTests
{
    [Theory]
    [InlineData("es", "Diario del Alcor", "Viernes, 13 de marzo de 2026", "Iberpress | 12/03/2026 - 10:47")]
    [InlineData("en", "Fenland Courier", "Friday, 13 March 2026", "Presswire | 12/03/2026 - 10:47")]
    [InlineData("fr", "Le Courrier du Causse", "Vendredi 13 mars 2026", "Sudpresse | 12/03/2026 - 10:47")]
    [InlineData("de", "Talbote Online", "Freitag, 13. März 2026", "Nordpresse | 12.03.2026 - 10:47")]
    [InlineData("it", "Eco della Bassa", "Venerdì 13 marzo 2026", "Agenpress | 12/03/2026 - 10:47")]
    [InlineData("pt", "Gazeta do Oeste", "Sexta-feira, 13 de março de 2026", "Lusopress | 12/03/2026 - 10:47")]
    [InlineData("nl", "Rivierenbode Online", "Vrijdag 13 maart 2026", "Persdienst | 12-03-2026 - 10:47")]
    public void TodaysDateUnderTheSitesName_IsNotTheArticles(string language, string site, string today, string stamp)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0] + " - " + site, site + "\n" + today + "\nHome   News   Sport   Weather", stamp, p[1], p[2], Articles.Closing(language), p[3]);
        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Null(article.Author);
        Assert.Equal("2026-03-12T10:47", article.Published);
    }

    // Guard: a writer's name over the date under the headline signs the article and dates it.
    [Theory]
    [InlineData("es", "Diario del Alcor", "Lucía Barrantes", "Jueves, 12 de marzo de 2026")]
    [InlineData("en", "Fenland Courier", "Harriet Cole", "Thursday, 12 March 2026")]
    public void AWritersNameOverTheDate_SignsAndDates(string language, string site, string writer, string date)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0] + " - " + site, writer + "\n" + date, p[1], p[2], Articles.Closing(language), p[3]);
        var article = ArticleParser.Parse(page);

        Assert.Equal(writer, article.Author);
        Assert.Equal("2026-03-12", article.Published);
    }

    // Today's date under the site's name is the page's only date: the article is not dated by the day it was read.
    [Theory]
    [InlineData("es", "Diario del Alcor", "Viernes, 13 de marzo de 2026")]
    [InlineData("de", "Talbote Online", "Freitag, 13. März 2026")]
    public void TodaysDateUnderTheSitesName_AloneOnThePage_DatesNothing(string language, string site, string today)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0] + " - " + site, site + "\n" + today + "\nHome   News   Sport   Weather", p[1], p[2], Articles.Closing(language), p[3]);
        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Null(article.Author);
        Assert.Null(article.Published);
    }
}
