namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An epithet ending the cue may be followed by a comma and a phrase of how or when it was said
/// ("explicó el japonés, con los ojos enrojecidos."): the epithet means whom it meant before the
/// sentence's end. A name after the comma leaves the epithet unread.
/// </summary>
public sealed class EpithetMannerTests
{
    [Theory]
    [InlineData("es", "Ramiro Cuesta defendió el proyecto en el pleno. «Se consultó a todos», aseguró el edil, con gesto serio.", "Ramiro Cuesta")]
    [InlineData("pt", "Nuno Bastos patrulha a estrada há dez anos. “Não é uma estrada fácil”, admitiu o militar, entre suspiros.", "Nuno Bastos")]
    [InlineData("it", "Piero Landi studia le frane da vent'anni. «Il versante si muove», ha spiegato l'esperto, tra gli applausi.", "Piero Landi")]
    public void AnEpithetBeforeAMannerPhrase_MeansThePersonJustNamed(string language, string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Notizia", LanguageLeads.For(language), paragraph)[^1]);

    // Guard: a name after the comma is read as before; the epithet is not taken for the person just named.
    [Fact]
    public void ANameAfterTheComma_LeavesTheEpithetUnread()
        => Assert.NotEqual("Ramiro Cuesta", QuoteSpeakers.Under("Noticia", LanguageLeads.Spanish,
            "Ramiro Cuesta defendió el proyecto en el pleno. «Se consultó a todos», aseguró el edil, con Lucía Prados a su lado.")[^1]);
}
