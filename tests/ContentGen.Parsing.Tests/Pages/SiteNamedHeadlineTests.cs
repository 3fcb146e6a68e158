using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A headline printed with the site's name after a separator, over a deck set apart over the byline: the deck stands nearer
/// the byline, and counted with the name the headline is longer than it, yet the site's name marks the upper line as the
/// headline. The deck opens the body.
/// </summary>
public sealed class SiteNamedHeadlineTests
{
    public static TheoryData<string, string, string, string, string> Pages() => new()
    {
        { "pt", "Freguesia de Vale Moinho abre centro de dia na antiga escola", "Jornal do Alto Sabor", "Obra custou 300 mil euros e vai receber vinte idosos a partir de maio", "Por Rui Sousa" },
        { "es", "El ayuntamiento de Valdecina abre un centro de día en la escuela", "Diario de la Vega Alta", "La obra ha costado 300.000 euros y acogerá a veinte mayores desde mayo", "Por Marta Ruiz" },
        { "en", "Old village school in Ashcombe to reopen as a day centre", "Wessex Evening Post", "The conversion cost £300,000 and the centre will take twenty older people from May", "By Tom Vale" },
        { "de", "Alte Dorfschule in Lindenhain wird zum Treffpunkt für Senioren", "Tauberland-Kurier", "Der Umbau hat 300.000 Euro gekostet, ab Mai sollen dort zwanzig ältere Menschen betreut werden", "Von Jana Kolb" },
        { "fr", "L'ancienne école de Vaubrun devient un accueil de jour pour les aînés", "L'Écho du Plateau", "Les travaux ont coûté 300 000 euros et le centre accueillera vingt personnes âgées dès le mois de mai", "Par Anne Lorin" },
        { "it", "La vecchia scuola di Roccalba diventa un centro diurno per anziani", "Gazzetta di Valmarza", "I lavori sono costati 300 mila euro e il centro accoglierà venti anziani a partire da maggio", "di Paolo Neri" },
        { "nl", "Oude dorpsschool in Velderen wordt een dagcentrum voor ouderen", "Dagblad van de Vechtstreek", "De verbouwing kostte 300.000 euro en vanaf mei kunnen er twintig ouderen terecht", "Door Eva Mol" },
    };

    private const string Header = "Skip to content\nCoastal Gazette\nNews  Sport  Weather  Opinion\nSubscribe  Sign in";

    [Theory]
    [MemberData(nameof(Pages))]
    public void AHeadlineWithTheSiteName_OverItsDeck_IsTheTitle(string language, string headline, string site, string deck, string byline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", Header, "Region > Local", headline + " – " + site, deck, byline + "\n05/03/2026 17:40", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(site, article.Source);
        Assert.Equal(new[] { deck, p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // A section's label printed with the site's name ("Sociedade – Jornal do Alto Sabor") is no headline: the long headline
    // under it, right over the byline, stays the title.
    [Theory]
    [InlineData("pt", "Sociedade", "Jornal do Alto Sabor", "Freguesia de Vale Moinho abre centro de dia na antiga escola primária da aldeia")]
    [InlineData("en", "Local News", "Wessex Evening Post", "Old village school in Ashcombe to reopen as a day centre for twenty older people")]
    [InlineData("es", "Sociedad", "Diario de la Vega Alta", "El ayuntamiento de Valdecina abre un centro de día en la antigua escuela del pueblo")]
    public void ASectionLabelWithTheSiteName_IsNoHeadline(string language, string label, string site, string headline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", Header, label + " – " + site, headline, "05/03/2026 17:40", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }
}
