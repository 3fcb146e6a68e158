namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A cleft sets a person in focus ("C'est Marc Lefort qui …", "Fue Ana Gómez quien …", "Foi Rui Lopes
/// quem …"): the copula opening it is no first name, and the speaker's name starts after it.
/// </summary>
public sealed class CleftCopulaTests
{
    [Theory]
    [InlineData("C'est Martine Lebrun, gérante du café, qui a eu l'idée. « Il fallait bien faire quelque chose », explique-t-elle.", "Martine Lebrun")]
    [InlineData("C'est Martine Lebrun qui a lancé la pétition. « Personne ne voulait bouger », raconte-t-elle.", "Martine Lebrun")]
    [InlineData("Fue Andrés Molina quien dio la voz de alarma. «Nadie nos escuchaba», explica.", "Andrés Molina")]
    [InlineData("Foi Rui Tavares quem deu o alarme. «Ninguém nos ouvia», conta.", "Rui Tavares")]
    public void TheCleftsCopula_IsNoPartOfTheName(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Titre", paragraph));

    [Fact]
    public void AFirstNameThatOpensTheSentence_StaysTheNamesFirstWord()
        => Assert.Equal(new[] { "Esteban Fuentes" }, QuoteSpeakers.Under(
            "Titular",
            "Esteban Fuentes dio la voz de alarma. «Nadie nos escuchaba», explica."));
}
