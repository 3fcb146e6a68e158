namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A body named in the sentence beside its subject ("sargento do posto da GNR de Serra Longa",
/// "técnico de la UME de Almenar") is no one else named: an epithet after the next quote still
/// means the subject. A person named in the sentence still is someone else.
/// </summary>
public sealed class BodyBesideSubjectTests
{
    [Theory]
    [InlineData("pt", "Rui Tavares, sargento do posto territorial da GNR de Serra Longa, disse que a estrada registou três acidentes. “Não é uma estrada fácil”, admitiu o militar.", "Rui Tavares")]
    [InlineData("es", "Íñigo Laza, técnico de la UME de Almenar, explicó que el fuego avanzó de noche. «El monte está seco», explicó el experto.", "Íñigo Laza")]
    [InlineData("it", "Piero Landi, tecnico dell'ARPA di Valsorte, ha detto che il versante si muove. «Il terreno è saturo», ha spiegato l'esperto.", "Piero Landi")]
    public void ABodyBesideTheSubject_NamesNoOneElse(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Notizia", LanguageLeads.For(language), paragraph)[^1]);

    // Guard: a person named after the body is someone else, whom the epithet may mean as well.
    [Fact]
    public void APersonAfterTheBody_IsSomeoneElse()
        => Assert.Null(QuoteSpeakers.Under("Notizia", LanguageLeads.Portuguese,
            "Rui Tavares, sargento da GNR de Serra Longa, falou com Ana Lopes sobre a estrada. “Não é uma estrada fácil”, admitiu o militar.")[^1]);
}
