using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A deck printed as points: two or three stop-less clauses, one a line, glued together under a headline set apart above
/// them, over the byline. The first point stands nearer the byline than the headline does; the headline is the longer line
/// set apart above the points, and the points open the body.
/// </summary>
public sealed class DeckPointsTitleTests
{
    public static TheoryData<string, string, string, string, string> Pages() => new()
    {
        { "es", "Los vecinos de Valdecina tendrán un 30% menos de agua este verano por la falta de lluvias", "La mancomunidad recorta el caudal de los depósitos por segundo año consecutivo", "Los ayuntamientos de la comarca anuncian que pedirán ayudas a la Diputación", "Marta Gil Sanz\n11 de marzo de 2025 18:40h" },
        { "en", "Villagers in Ashcombe face a third summer of hosepipe limits after the driest winter on record", "The water board is cutting the reservoir's output for the second year running", "Parish councils in the valley say they will ask the county for emergency help", "By Tom Vale\n11 March 2025, 18:40" },
        { "pt", "Os moradores de Vale de Sorva vão ter menos 30% de água este verão por causa da seca", "A associação de regantes corta o caudal das barragens pelo segundo ano seguido", "As juntas de freguesia do concelho vão pedir apoios ao governo para os agricultores", "Por Ana Lopes\n11 de março de 2025, 18:40" },
        { "de", "Die Landwirte im Lindenhainer Tal bekommen in diesem Sommer ein Drittel weniger Wasser für ihre Felder", "Der Wasserverband kürzt die Menge aus dem Speicher schon im zweiten Jahr in Folge", "Die Gemeinden im Tal wollen beim Land eine Hilfe für die betroffenen Betriebe beantragen", "Von Jana Kolb\n11.03.2025, 18:40 Uhr" },
    };

    private const string Header = "Skip to content\nCoastal Gazette\nNews  Sport  Weather  Opinion\nSubscribe  Sign in";

    [Theory]
    [MemberData(nameof(Pages))]
    public void AHeadlineOverADeckOfPoints_IsTheTitle(string language, string headline, string first, string second, string byline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", Header, "Regio", headline, first + "\n" + second, byline, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(new[] { first, second, p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // Another story's headline set apart over this one, which its longer deck is glued under: a headline over its deck,
    // no points under a headline. The upper line is not taken for the title.
    [Theory]
    [InlineData("es", "La Diputación licita el arreglo de la carretera de Peñalbilla",
        "Los vecinos de Valdecina tendrán menos agua este verano",
        "La mancomunidad recorta el caudal de los depósitos por segundo año consecutivo y los ayuntamientos pedirán ayudas")]
    [InlineData("en", "County council puts the Fenbridge road repairs out to tender",
        "Ashcombe faces a third summer of hosepipe limits",
        "The water board is cutting the reservoir's output for the second year running and parish councils will ask for help")]
    public void AHeadlineGluedOverItsLongerDeck_IsNoPoints(string language, string other, string headline, string deck)
    {
        var p = Articles.Of(language);
        var byline = language == "es" ? "Marta Gil Sanz\n11 de marzo de 2025 18:40h" : "By Tom Vale\n11 March 2025, 18:40";
        var page = string.Join("\n\n", Header, "Regio", other, headline + "\n" + deck, byline, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.NotEqual(other, article.Title);
    }
}
