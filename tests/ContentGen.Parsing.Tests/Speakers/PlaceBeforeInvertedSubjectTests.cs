namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Where the words were said may stand between an inverted reporting verb and its subject:
/// "a lancé depuis le fond de la salle un ancien bénévole", "dijo desde la tribuna una vecina".
/// The place is skipped with its noun's own complement ("de la salle"), and the subject after it
/// speaks; the place itself never does.
/// </summary>
public sealed class PlaceBeforeInvertedSubjectTests
{
    [Theory]
    [InlineData("fr", "« Vous arrivez trop tard », a lancé depuis la tribune un ancien bénévole.", "bénévole")]
    [InlineData("fr", "« Vous arrivez trop tard », a lancé depuis le fond de la salle un ancien bénévole.", "bénévole")]
    [InlineData("fr", "« Vous arrivez trop tard », a lancé depuis les gradins Hélène Marvaux.", "Hélène Marvaux")]
    [InlineData("fr", "« Vous arrivez trop tard », a lancé devant les grilles une infirmière.", "infirmière")]
    [InlineData("fr", "« Vous arrivez trop tard », regrette, sous les applaudissements, une habitante.", "habitante")]
    [InlineData("es", "«Llegan demasiado tarde», dijo desde la tribuna una vecina.", "vecina")]
    [InlineData("es", "«Llegan demasiado tarde», dijo desde el fondo de la sala Marta Olivares.", "Marta Olivares")]
    [InlineData("pt", "“Chegam tarde demais”, disse desde o início da reunião Rita Valadares.", "Rita Valadares")]
    [InlineData("it", "«Arrivate troppo tardi», ha detto dal palco Paola Ferrandi.", "Paola Ferrandi")]
    public void TheSubjectAfterThePlace_Speaks(string language, string paragraph, string expected)
        => Assert.Equal(expected, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph)[^1]);

    // Guards: a place with no subject after it names no one, and a time after "depuis" is a time.
    [Theory]
    [InlineData("fr", "« Vous arrivez trop tard », a-t-on lancé depuis le fond de la salle du conseil.", null)]
    [InlineData("fr", "« Vous arrivez trop tard », a lancé depuis 2019 Hélène Marvaux.", "Hélène Marvaux")]
    [InlineData("fr", "« Vous arrivez trop tard », a confié à une voisine.", null)]
    [InlineData("es", "«Llegan demasiado tarde», se escuchó desde el fondo de la sala del pleno.", null)]
    public void APlaceWithNoSubjectAfterIt_SpeaksForNoOne(string language, string paragraph, string? expected)
        => Assert.Equal(expected, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph)[^1]);
}
