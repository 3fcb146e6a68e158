using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// After the article a page may print another story's opening: its headline, its blurb glued under it, and a link to read
/// on ("Lire la suite", "Continuar a ler", "Read more"), perhaps under a short label. The teaser is the page's, however much
/// its blurb reads as prose. A subheading and its paragraph over such a link inside the article (a paywall's cut) stay.
/// </summary>
public sealed class ReadOnTeaserTests
{
    public static TheoryData<string, string> Teasers() => new()
    {
        { "en", "Also in the news\n\nTram line closed all weekend for track works\nReplacement buses will run between the station and the cathedral from Saturday morning until late on Sunday night.\nRead more" },
        { "fr", "Dans l'actualité aussi\n\nLe Mans : la ligne 2 du tramway coupée tout le week-end\nDes bus de substitution circuleront de samedi matin à dimanche soir entre la gare et la préfecture.\nLire la suite" },
        { "de", "Auch interessant\n\nStraßenbahn fährt am Wochenende nicht\nVon Samstagmorgen bis Sonntagabend fahren Ersatzbusse zwischen dem Bahnhof und dem Dom.\nWeiterlesen" },
        { "es", "También en portada\n\nEl tranvía no circulará el fin de semana\nAutobuses sustituirán el servicio entre la estación y la catedral desde el sábado por la mañana.\nLeer más" },
        { "it", "Anche oggi\n\nIl tram resta fermo tutto il fine settimana\nBus sostitutivi collegheranno la stazione e il duomo da sabato mattina a domenica sera.\nContinua a leggere" },
        { "pt", "Também na região\n\nFeira do Queijo regressa no próximo fim de semana\nMais de 60 produtores vão estar presentes no certame, que decorre no pavilhão municipal.\nContinuar a ler" },
        { "nl", "Ook in het nieuws\n\nTram rijdt dit weekend niet\nVan zaterdagochtend tot zondagavond rijden er bussen tussen het station en de kerk.\nLees verder" },
    };

    [Theory]
    [MemberData(nameof(Teasers))]
    public void ATeaserAfterTheArticle_IsThePages(string language, string teaser)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nSearch", p[0], "12/03/2025 18:40", p[1], p[2], p[3], Articles.Closing(language), "Share\nFacebook", teaser, "© 2025");

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
    }

    // Inside the article, a subheading over its paragraph over a read-on link (a page cut by its paywall): the article's.
    [Theory]
    [InlineData("en", "What happens next", "Read more")]
    [InlineData("fr", "Et maintenant", "Lire la suite")]
    public void ASectionOverAReadOnLink_InTheArticle_Stays(string language, string heading, string link)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nSearch", p[0], "12/03/2025 18:40", p[1], p[2], heading + "\n" + Articles.Closing(language) + "\n" + link, "© 2025");

        var article = ArticleParser.Parse(page);

        Assert.Contains(article.Paragraphs, x => x.Text.StartsWith(Articles.Closing(language), StringComparison.Ordinal) || x.Text.Contains(Articles.Closing(language), StringComparison.Ordinal));
    }
}
