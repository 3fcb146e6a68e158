namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A noun of a body of any kind ("a entidade", "la entidad", "l'ente") means the body named last. A
/// name the cast cannot class that opens a later sentence after its article ("A Defesa Costeira admite
/// …", "La Guardia Costera admite …") may be that body: the noun then means no organisation named
/// before it. A body named with its noun after that name is still the one meant.
/// </summary>
public sealed class AnyBodyNounPastUnknownNameTests
{
    [Theory]
    [InlineData("pt", "O Sindicato dos Pescadores de Vila Fria pediu mais apoio.", "A Defesa Costeira admite que o mar vai piorar. Em comunicado, a entidade informa que “a barra fica fechada”.")]
    [InlineData("es", "El Sindicato de Pescadores de Villafría pidió más ayudas.", "La Guardia Costera admite que el mar empeorará. En un comunicado, la entidad informa de que «la barra seguirá cerrada».")]
    [InlineData("it", "Il Sindacato dei Pescatori di Villafredda ha chiesto più aiuti.", "La Guardia Costiera ammette che il mare peggiorerà. «La barra resta chiusa», ha spiegato l'ente.")]
    public void AnyBodyNoun_AfterAnUnclassedNameOpeningASentence_MeansNoEarlierBody(string language, string first, string second)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Porto", LanguageLeads.For(language), first, second));

    [Theory]
    [InlineData("pt", "A Defesa Costeira admite que o mar vai piorar. O Sindicato dos Pescadores de Vila Fria pediu mais apoio. Em comunicado, a entidade informa que “o porto fica fechado”.", "Sindicato dos Pescadores de Vila Fria")]
    [InlineData("es", "La Guardia Costera admite que el mar empeorará. El Sindicato de Pescadores de Villafría pidió más ayudas. En un comunicado, la entidad informa de que «el puerto seguirá cerrado».", "Sindicato de Pescadores de Villafría")]
    public void AnyBodyNoun_MeansABodyNamedAfterTheUnclassedName(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Porto", LanguageLeads.For(language), paragraph));
}
