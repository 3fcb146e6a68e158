using System.Linq;
using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// The outlet's name where the page prints it apart from the headline (OutletNames): a source's credit under the
/// headline, a print view's header line, a print's running header. And the lines like them that name no outlet: a
/// section's label in capitals, a label the rights notice does not name whole, a credit lower down, a first line printed
/// once.
/// </summary>
public sealed class OutletNameTests
{
    // An aggregator's copy: its own masthead and rights notice, the original's name in a credit under the headline.
    [Theory]
    [InlineData("it", "Fonte: ", "Il Corriere di Valmora", "NotizieLocali")]
    [InlineData("de", "Quelle: ", "Talbote Rundschau", "NewsHub")]
    [InlineData("es", "Fuente: ", "El Heraldo de Almerín", "Agregador")]
    [InlineData("nl", "Bron: ", "Dagblad De Meierij", "NieuwsBundel")]
    public void ACreditUnderTheHeadline_NamesTheSource_OverTheAggregatorsMasthead(string language, string label, string outlet, string aggregator)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", aggregator + "\n" + Articles.GappedMenu(language), p[0], label + outlet + "\n" + Articles.Dateline(language), p[1], p[2], p[3], Articles.Closing(language), "© 2025 " + aggregator);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(outlet, article.Source);
    }

    // Guard: a credit that names a body of figures, under a paragraph of the article, is no outlet.
    [Theory]
    [InlineData("de", "Quelle: Statistisches Landesamt")]
    [InlineData("it", "Fonte: Istat")]
    [InlineData("es", "Fuente: Ayuntamiento de Almerín")]
    public void ACreditLowerDown_NamesNoSource(string language, string credit)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", Articles.GappedMenu(language), p[0], Articles.Dateline(language), p[1], credit, p[2], p[3], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.Null(article.Source);
    }

    // A browser's print view: its header line carries the time it was printed, the headline and the site.
    [Theory]
    [InlineData("en", "14/03/2024, 21:07", "The Fenside Courier")]
    [InlineData("fr", "07/03/2024 18:40", "Le Courrier du Causse")]
    [InlineData("pt", "14/04/2024, 12:51", "Gazeta do Litoral")]
    [InlineData("nl", "16-03-2024 09:12", "Dagblad Waterland")]
    public void APrintViewsHeader_NamesTheSource(string language, string printed, string outlet)
    {
        var p = Articles.Of(language);
        var header = printed + "                    " + p[0] + " | " + outlet;
        var page = string.Join("\n\n", header, Articles.GappedMenu(language), p[0], Articles.Dateline(language), p[1], p[2], p[3], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(outlet, article.Source);
    }

    // A page exported from print: the running header, its name and issue, on top of each page.
    [Theory]
    [InlineData("de", "Mitteilungsblatt der Gemeinde Unterbrunn", "Nr. 7 · Freitag, 4. April 2025")]
    [InlineData("fr", "Le Petit Journal de Roquessel", "n° 42 · vendredi 4 avril 2025")]
    [InlineData("nl", "Weekblad Waterweide", "nr. 14 · vrijdag 4 april 2025")]
    public void ARunningHeader_NamesTheSource(string language, string outlet, string issue)
    {
        var p = Articles.Of(language);
        var running = outlet + "            " + issue;
        var page = string.Join("\n\n", running, p[0], p[1], p[2], "– 2 –", running, p[3], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.Equal(outlet, article.Source);
    }

    // Guard: a first line with a gap that is printed once is a line of the page, no running header.
    [Fact]
    public void AGappedFirstLinePrintedOnce_NamesNoSource()
    {
        var p = Articles.Of("de");
        var page = string.Join("\n\n", "Gemeinde Unterbrunn            Sitzung vom 4. April", p[0], p[1], p[2], p[3], Articles.Closing("de"));

        var article = ArticleParser.Parse(page);

        Assert.Null(article.Source);
    }

    // Guards: a section's label over the menu is no masthead, even when the rights notice holds it inside a longer name
    // (the masthead and its notice are read in MastheadSourceTests).
    [Theory]
    [InlineData("es", "Sociedad", "© La Voz de Almerín. Todos los derechos reservados.")]
    [InlineData("de", "Oberland", "© 2025 Oberland Echo")]
    public void ALabelTheNoticeDoesNotNameWhole_NamesNoSource(string language, string label, string notice)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", label + "\n" + Articles.GappedMenu(language), p[0], Articles.Dateline(language), p[1], p[2], p[3], Articles.Closing(language), notice);

        var article = ArticleParser.Parse(page);

        Assert.Null(article.Source);
    }

    // Guard: a section's label in capitals above the headline, its words printed nowhere else in another case.
    [Theory]
    [InlineData("fr", "À LA UNE")]
    [InlineData("de", "AUS DEM GEMEINDERAT")]
    public void ASectionLabelInCapitals_NamesNoSource(string language, string label)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", Articles.GappedMenu(language), label, p[0], Articles.Dateline(language), p[1], p[2], p[3], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.Null(article.Source);
    }
}
