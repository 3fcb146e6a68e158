namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// The municipality speaks as one by its bare noun, as "la mairie" did in French: "De gemeente
/// laat weten dat …", "Il comune ha fatto sapere che …", "A autarquia garante que …" give the
/// noun when the article names no municipality of that noun; when it does, the noun means it.
/// </summary>
public sealed class BareMunicipalityTests
{
    [Theory]
    [InlineData("nl", "Het zwembad in het dorp gaat in juni dicht. De gemeente laat weten dat een nieuw bad “pas in 2031” komt.", "gemeente")]
    [InlineData("it", "La piscina del paese chiude a giugno. Il comune ha fatto sapere che la nuova vasca arriverà «non prima del 2031».", "comune")]
    [InlineData("es", "La piscina del pueblo cierra en junio. El ayuntamiento ha asegurado que la nueva llegará «no antes de 2031».", "ayuntamiento")]
    [InlineData("pt", "A piscina da vila fecha em junho. A autarquia garante que a nova chega «só em 2031».", "autarquia")]
    public void TheMunicipalityByItsNounAlone_IsTheSpeaker(string language, string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph));

    // Guards: a municipality the article named is the one meant; a person's words stay hers; "in
    // comune", "il bene comune" name no body.
    [Fact]
    public void ANamedMunicipality_IsTheOneMeant()
        => Assert.Equal(
            new[] { "Ayuntamiento de Valdeoro" },
            QuoteSpeakers.Under("Probe", LanguageLeads.Spanish, "El Ayuntamiento de Valdeoro cerrará la piscina. El ayuntamiento ha asegurado que la nueva llegará «no antes de 2031»."));

    [Fact]
    public void APersonAfterTheMunicipality_KeepsHerWords()
        => Assert.Equal(
            new[] { "Anna Ferri" },
            QuoteSpeakers.Under("Probe", LanguageLeads.Italian, "Il comune chiude la piscina. «Ci mancherà molto», ha detto Anna Ferri."));

    [Fact]
    public void TheCommonGood_IsNoBody()
        => Assert.Equal(
            new[] { "Anna Ferri" },
            QuoteSpeakers.Under("Probe", LanguageLeads.Italian, "Anna Ferri parla del bene comune. «La piscina è di tutti», ha detto."));
}
