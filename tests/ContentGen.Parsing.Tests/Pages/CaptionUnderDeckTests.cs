using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A paper that prints its lead photo between the deck and the byline: kicker, headline, deck, the photo's caption, then
/// the byline (the writer's name, the town and the date each on a line, or a byline word and the date). The deck stands
/// over the byline all the same, as it does over a byline of the name, the town and the date alone: the headline under
/// the kicker is the title and the deck opens the body.
/// </summary>
public sealed class CaptionUnderDeckTests
{
    public static TheoryData<string, string, string, string, string> Pages() => new()
    {
        { "es", "La piscina cubierta de Valdecina no abrirá hasta 2027 tras detectarse grietas en el vaso", "La constructora paraliza la obra a la espera de un informe técnico y el Ayuntamiento calcula un sobrecoste de 210.000 euros", "Obras de la piscina cubierta de Valdecina, el pasado otoño. / D. V. A.", "Marta Gil Sanz\nValdecina\nMartes, 11 de marzo 2025, 07:55" },
        { "es", "El nuevo puente de Valdecina no abrirá hasta el verano por un fallo en los pilares del río", "La empresa repara dos de los cuatro pilares y el Ayuntamiento calcula que el retraso costará unos 90.000 euros", "El puente de Valdecina, desde la orilla norte. Foto: Diego Vallejo", "Marta Gil Sanz\nValdecina\nMartes, 11 de marzo 2025, 07:55" },
        { "it", "La piscina coperta di Roccalba non aprirà prima del 2027 dopo le crepe trovate nella vasca", "L'impresa sospende i lavori in attesa di una perizia tecnica e il Comune stima un costo aggiuntivo di 210.000 euro", "Il cantiere della piscina coperta di Roccalba, lo scorso autunno. / G. B.", "di Paolo Neri\n11 marzo 2025, 07:55" },
        { "pt", "A piscina coberta de Vale de Sorva só vai abrir em 2027 depois de encontradas fendas no tanque", "O empreiteiro suspendeu a obra à espera de um relatório técnico e a câmara calcula um custo extra de 210 mil euros", "As obras da piscina coberta de Vale de Sorva, no outono passado. / A. L.", "Por Ana Lopes\n11 de março de 2025, 07:55" },
        { "en", "Ashcombe's new indoor pool will not open until 2027 after cracks are found in the main tank", "The builders have stopped work until an engineer reports back, and the council puts the extra cost at about £180,000", "Work on the Ashcombe pool last autumn. Tom Vale/Gazette", "By Tom Vale\n11 March 2025, 07:55" },
    };

    private const string Header = "Skip to content\nCoastal Gazette\nNews  Sport  Weather  Opinion\nSubscribe  Sign in";

    [Theory]
    [MemberData(nameof(Pages))]
    public void ACaptionBetweenDeckAndByline_LeavesTheHeadlineTheTitle(string language, string headline, string deck, string caption, string byline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", Header, "Regio", "VALDECINA", headline, deck, caption, byline, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(new[] { deck, p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // A paragraph of prose between the deck and the byline is no caption: the line over it is not read as a deck over the
    // byline for it, and the upper line is not taken for the title past the lower one.
    [Fact]
    public void AProseParagraphBetween_IsNoCaption()
    {
        var p = Articles.Of("en");
        const string upper = "Ashcombe's new indoor pool will not open until 2027";
        const string lower = "The builders have stopped work until an engineer reports back on the cracks";
        const string prose = "The council said on Tuesday that the pool would stay shut for at least another year, and that the cost of the repairs was not yet known.";
        var page = string.Join("\n\n", Header, "Regio", "VALDECINA", upper, lower, prose, "By Tom Vale\n11 March 2025, 07:55", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Contains(prose, article.Paragraphs.Select(x => x.Text));
    }
}
