namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A browser's title printed glued over a standfirst a dump wrapped to its width ends on the site's name after a bar: it is
/// a line of its own, the headline, and the standfirst is the article's first paragraph, not the headline's run-on.
/// </summary>
public sealed class BrowserTitleLineTests
{
    private static string Page(string headline, string site, string deck1, string deck2, string byline, string p1, string p2)
        => $"Skip to main content\n{site}\nMenu Search Subscribe\n\n{headline} | {site}\n{deck1}\n{deck2}\n\n{byline}\n\n{p1}\n\n{p2}\n";

    [Theory]
    [InlineData("Night buses will reach the valley villages from April", "The Valley Courier", "Councillors voted on Tuesday to extend the night bus service", "to the outer villages, a move that residents have demanded for years.", "By Jane Roe", "Officials said the extra routes would start in the spring and that the cost would be shared with the towns.", "The first buses will leave the station at midnight, and the timetable will be reviewed after six months.")]
    [InlineData("Nachtbusse fahren ab April auch in die Dörfer im Tal", "Nordsee Bote", "Regionalrat weitet den Nachtbus nach jahrelangen Forderungen", "der Bewohner auf die Dörfer im Tal aus, die Kosten werden geteilt.", "Von Jonas Berg", "Die neuen Linien sollen im Frühjahr starten, und die Kosten werden mit den Nachbargemeinden geteilt.", "Die ersten Busse fahren um Mitternacht am Bahnhof ab, und der Fahrplan wird nach sechs Monaten überprüft.")]
    [InlineData("Los autobuses nocturnos llegarán a los pueblos del valle", "El Heraldo del Valle", "Vecinos y alcaldes celebran la ampliación del servicio nocturno", "tras años de reclamaciones, y el coste se repartirá entre municipios.", "Por Sergio Olmo", "Las nuevas líneas empezarán a funcionar en primavera y su coste se repartirá con los municipios vecinos.", "Los primeros autobuses saldrán de la estación a medianoche, y los horarios se revisarán después de seis meses.")]
    public void ABrowsersTitle_GluedOverAWrappedStandfirst_IsTheTitle(string headline, string site, string deck1, string deck2, string byline, string p1, string p2)
    {
        var article = ArticleParser.Parse(Page(headline, site, deck1, deck2, byline, p1, p2));

        Assert.Equal(headline, article.Title);
        Assert.Equal(deck1 + " " + deck2, article.Paragraphs[0].Text);
    }

    // A bar inside a wrapped paragraph's first line, with no publication's name after it, goes on into the next line.
    [Fact]
    public void ABarBeforeNoSitesName_InAWrappedParagraph_GoesOn()
    {
        var page = "Night buses will reach the valley villages from April\n\n"
            + "The council compared the two plans (night buses | day buses only) and\n"
            + "chose the first on Tuesday, after a long debate in the town hall.\n\n"
            + "Officials said the extra routes would start in the spring and that the cost\n"
            + "would be shared with the neighbouring towns for the first two years.\n";

        var article = ArticleParser.Parse(page);

        Assert.StartsWith("The council compared the two plans", article.Paragraphs[0].Text);
        Assert.EndsWith("in the town hall.", article.Paragraphs[0].Text);
    }

    // A browser's title the dump wrapped inside the site's name: the name goes on, and the headline is read without it.
    [Theory]
    [InlineData("La biblioteca del pueblo amplía su horario de tarde | El", "Correo de la Vega", "La biblioteca del pueblo amplía su horario de tarde")]
    [InlineData("Le tramway de la vallée ouvrira finalement en septembre | Le", "Journal du Rhône", "Le tramway de la vallée ouvrira finalement en septembre")]
    public void ABrowsersTitle_WrappedInsideTheSitesName_GoesOn(string first, string second, string headline)
    {
        var page = $"Skip to main content\nMenu Search Subscribe\n\n{first}\n{second}\n\n"
            + "Councillors voted on Tuesday to extend the night bus service to the outer\nvillages, a move that residents have demanded for years.\n\n"
            + "Officials said the extra routes would start in the spring and that the cost\nwould be shared with the neighbouring towns for the first two years.\n";

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
    }
}
