using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A document read with no one as its reader after a quote ("si legge nella nota", "lê-se no
/// estudo", "peut-on lire dans le communiqué", "lit-on dans le communiqué") gives the document's
/// words to its issuer: the one named with the document, or the organisation the article named.
/// A place read in ("dans le journal") or a verb of reading with a subject of its own gives no one.
/// </summary>
public sealed class ImpersonalReadingTests
{
    [Fact]
    public void Italian_SiLeggeInUnaNota_IsTheOrganisationJustNamed()
        => Assert.Equal(
            new[] { "Botteghe di Ranzano" },
            QuoteSpeakers.Under(
                "Il mercato di Ranzano chiude",
                "Il mercato coperto chiuderà a settembre. Contraria l'associazione Botteghe di Ranzano.",
                "«Chiediamo uno sconto sugli affitti», si legge in una nota."));

    [Fact]
    public void Italian_SiLeggeNellaNota_ContractedArticle()
        => Assert.Equal(
            new[] { "Botteghe di Ranzano" },
            QuoteSpeakers.Under(
                "Il mercato di Ranzano chiude",
                "Il mercato coperto chiuderà a settembre. Contraria l'associazione Botteghe di Ranzano.",
                "«Nessuno ci ha consultati», si legge nella nota."));

    [Fact]
    public void Portuguese_LeSeNoEstudo_IsTheStudysIssuer()
        => Assert.Equal(
            new[] { "Instituto de Estudos Viários" },
            QuoteSpeakers.Under(
                "Ciclovia divide Santa Rita",
                "Um estudo do Instituto de Estudos Viários conclui que o comércio não perde clientes.",
                "“Quem chega de bicicleta gasta mais”, lê-se no estudo."));

    [Theory]
    [InlineData("peut-on lire dans le communiqué")]
    [InlineData("lit-on dans le communiqué")]
    public void French_ImpersonalReading_IsTheOrganisationJustNamed(string cue)
        => Assert.Equal(
            new[] { "Commerces de Valmont" },
            QuoteSpeakers.Under(
                "Le marché de Valmont fermé",
                "L'association Commerces de Valmont a publié un communiqué mardi.",
                "« Nous demandons un geste de la mairie », " + cue + "."));

    [Fact]
    public void Spanish_SeLeeEnElComunicadoDe_IsTheIssuerNamedAfterIt()
        => Assert.Equal(
            new[] { "Cámara" },
            QuoteSpeakers.Under(
                "El mercado de Valdeoro cierra",
                "La Cámara de Comercio de Valdeoro publicó un comunicado el martes.",
                "«Pedimos una rebaja», se lee en el comunicado de la Cámara."));

    [Fact]
    public void French_ReadInANewspaper_GivesNoOne()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Le marché de Valmont fermé",
                "L'association Commerces de Valmont a publié un communiqué mardi.",
                "« Nous demandons un geste de la mairie », peut-on lire dans le journal."));

    [Fact]
    public void Italian_ReaderOfItsOwn_IsNoImpersonalReading()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Il mercato di Ranzano chiude",
                "Il mercato coperto chiuderà a settembre. Contraria l'associazione Botteghe di Ranzano.",
                "«Chiediamo uno sconto», legge ad alta voce un bambino."));
}
