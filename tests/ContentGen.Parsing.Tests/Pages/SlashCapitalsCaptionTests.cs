using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Spanish, Italian and Portuguese papers sign a caption with the photographer after a spaced slash, in capitals, often
/// behind initials: "Dos cigüeñas en el campanario. / J. R. MEDINA", "Il cantiere del ponte. / LUCA FERRI". The caption is no
/// headline, however close it stands over the byline and the dateline: the headline is the line over the standfirst.
/// A sentence with a slash in it and no name in capitals after it ("Madrid / Barcelona") is no caption for that.
/// </summary>
public sealed class SlashCapitalsCaptionTests
{
    [Theory]
    [InlineData("Dos cigüeñas blancas sobre la torre de la iglesia. / J. R. MEDINA")]
    [InlineData("Los operarios, en el andamio del puente este lunes. / M. SALGADO")]
    [InlineData("Il cantiere del ponte sul torrente, ieri mattina. / G. M. RIVA")]
    [InlineData("A nova ponte pedonal, na manhã de sábado. / J. SOUSA")]
    [InlineData("Los operarios, en el andamio del puente este lunes. / LUIS PEÑA")]
    [InlineData("Il sindaco davanti al municipio, ieri sera. / LUCA FERRI")]
    public void ASentence_ThenASlashAndANameInCapitals_IsACaption(string line)
        => Assert.True(PageLines.IsCaption(line));

    [Theory]
    [InlineData("El tren de Madrid / Barcelona vuelve a circular este lunes.")] // a slash inside the sentence
    [InlineData("Las obras del puente terminan en mayo. / Más información")] // a label after the slash, no name in capitals
    [InlineData("El pleno aprueba el presupuesto. / EL AYUNTAMIENTO DE LA VEGA")] // function words: no photographer's name
    public void OtherLines_AreNoCaption(string line)
        => Assert.False(PageLines.IsCaption(line));

    public static TheoryData<string, string, string, string, string> Pages() => new()
    {
        { "es", "Censo récord de cigüeñas en Villarrubia: 48 nidos entre la torre y los silos", "Los ornitólogos cuentan nueve nidos más que el año pasado y piden que la obra de la iglesia espere al final de la cría",
            "Dos cigüeñas blancas sobre la torre de la iglesia. / J. R. MEDINA", "Marta Ruiz\nVillarrubia\nJueves, 9 mayo 2024, 20:14" },
        { "it", "Il ponte sul torrente Orvella riapre dopo due anni di lavori", "La provincia ha speso quattro milioni per rifare le arcate e allargare la carreggiata",
            "Il cantiere del ponte sul torrente, ieri mattina. / G. M. RIVA", "Giulia Ferri\nOrvella\n9 maggio 2024, 20:14" },
        { "pt", "Ponte pedonal sobre o rio Alva reabre ao fim de dois anos de obras", "A câmara gastou dois milhões de euros na obra e promete iluminação nova até ao verão",
            "A nova ponte pedonal, na manhã de sábado. / J. SOUSA", "Rui Sousa\nCoimbra\n9 mai 2024, 20:14" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void TheCaption_OverTheByline_IsNoTitle(string language, string headline, string deck, string caption, string stamps)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menú\nBuscar\nSuscríbete", "Portada\nComarcas\nDeportes\nOpinión\nServicios", "Sociedad", headline, deck,
            "Compartir\nFacebook\nWhatsApp", caption, stamps, p[1], p[2], p[3], Articles.Closing(language), "Compartir\nFacebook\nWhatsApp");

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.DoesNotContain(article.Paragraphs, x => x.Text == caption);
    }
}
