using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A caption credited after a slash to the body that gave the picture (a cooperative, a town hall, a club), not to a
/// photographer: "… sobre la cubierta del almacén. / Cooperativa Virgen del Monte". It is a caption, never the headline
/// nor a paragraph.
/// </summary>
public sealed class BodyCreditCaptionTests
{
    [Theory]
    [InlineData("La nueva nave fotovoltaica, sobre la cubierta del almacén. / Cooperativa Virgen del Monte")]
    [InlineData("Los bomberos, durante la extinción del fuego. / Ayuntamiento de Valdecina")]
    [InlineData("O novo centro de dia, na antiga escola primária. / Junta de Freguesia de Vale Moinho")]
    [InlineData("Le chantier de la passerelle, vu depuis le quai. / Mairie de Vaubrun")]
    [InlineData("Il cantiere del ponte visto dalla riva. / Comune di Roccalba")]
    [InlineData("The new pontoon on the morning it opened. / Ashcombe Rowing Club")]
    [InlineData("Die neue Photovoltaikanlage auf dem Dach der Halle. / Stadtwerke Lindenhain")]
    [InlineData("De nieuwe wieken worden op hun plaats gehesen. / Stichting De Eendracht")]
    public void ACaptionCreditedToABody_IsACaption(string line) => Assert.True(PageLines.IsCaption(line));

    [Theory]
    // Two sentences: a paragraph, whatever ends it.
    [InlineData("Las obras empezarán en mayo. El coste lo asumirá la Junta. / Ayuntamiento de Valdecina")]
    // A number before the slash: a practical line ("Entrada 5 euros").
    [InlineData("Entrada libre hasta completar 200 plazas. / Casa de Cultura")]
    // Words in lower case after the slash: a sentence goes on.
    [InlineData("Abierto de lunes a viernes. / sábados con cita previa en el Ayuntamiento")]
    // A menu's or the calendar's words after the slash.
    [InlineData("Los vecinos votaron el lunes. / Portada Deportes")]
    [InlineData("The market returns this spring. / Monday Friday")]
    // An article first: a clause's subject.
    [InlineData("The ferry will run twice a day. / The Harbour Board")]
    public void ProseAndLinesWithASlash_AreNoBodyCredit(string line) => Assert.False(PhotoCredits.EndsWithBodyAfterSlash(line));

    [Fact]
    public void ACaptionCreditedToABodyUnderTheByline_IsNeitherTitleNorParagraph()
    {
        var p = Articles.Of("es");
        const string caption = "La nueva nave fotovoltaica, sobre la cubierta del almacén. / Cooperativa Virgen del Monte";
        var page = string.Join("\n\n", "La Crónica del Valle\nMenú\nInicio\nActualidad\nComarca\nDeportes\nAgenda\nContacto", "Agricultura",
            p[0], "Por Marta Ruiz - 4 marzo, 2026", "Compartir\nFacebook\nTwitter\nWhatsApp", caption, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Equal("Marta Ruiz", article.Author);
        Assert.Equal("2026-03-04", article.Published);
    }
}
