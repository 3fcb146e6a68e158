namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A sentence opened by a short phrase and its comma, then a role with its article and the
/// role's holder (<c>Lundi, le conseiller municipal Paul Girardin s'est dit inquiet</c>), makes
/// the holder its subject, whom the next pronoun means; a day before the comma is no one an
/// appositive describes.
/// </summary>
public sealed class OpeningPhraseHolderTests
{
    [Theory]
    [InlineData("Lundi, le conseiller municipal Paul Girardin s'est dit inquiet. « Le budget ne suffira pas pour l'hiver », a-t-il ajouté.")]
    [InlineData("Interrogé lundi, le député Paul Girardin s'est montré prudent. « Le budget ne suffira pas pour l'hiver », a-t-il déclaré.")]
    public void French(string paragraph)
        => Assert.Equal(
            new[] { "Paul Girardin" },
            QuoteSpeakers.Under("Jardins partagés à Valmont", "La maire Claire Fontaine a présenté le budget des jardins mardi.", paragraph));

    [Fact]
    public void Italian()
        => Assert.Equal(
            new[] { "Marco Serra" },
            QuoteSpeakers.Under(
                "Orti urbani a Valdora",
                "La sindaca Lucia Ferri ha presentato il bilancio degli orti martedì.",
                "Lunedì, il consigliere Marco Serra si è detto preoccupato. «Il bilancio non basterà per l'inverno», ha aggiunto."));

    [Fact]
    public void Spanish_ACouncillorIsARole()
        => Assert.Equal(
            new[] { "Pablo Ruiz" },
            QuoteSpeakers.Under(
                "Huertos urbanos en Valdeoro",
                "La alcaldesa Lucía Prieto presentó el presupuesto de los huertos el martes.",
                "El concejal Pablo Ruiz se mostró preocupado. «El presupuesto no alcanzará para el invierno», dijo."));
}
