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

    [Theory]
    [InlineData("È Marco Rossi a dare l'allarme. «Nessuno ci ascoltava», spiega.", "Marco Rossi")]
    [InlineData("Fu Giulia Ferri a chiamare i soccorsi. «Non c'era tempo da perdere», racconta.", "Giulia Ferri")]
    [InlineData("Fueron Ana Gómez y Luis Pardo quienes dieron la voz de alarma. «Nadie nos escuchaba», explica Luis Pardo.", "Luis Pardo")]
    public void TheCleftsCopula_IsNoPartOfTheName_InItalianAndThePlural(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Titolo", paragraph));

    // Read only where the cleft stands: a copula inside a clause still ends no subject, and "Fu" opening
    // a name elsewhere in the sentence stays its first name.
    [Theory]
    [InlineData("Ana Gómez recordó que el proyecto era suyo y añadió: «No pienso rendirme ahora».", "Ana Gómez")]
    [InlineData("Marco Rossi ha ricordato che il progetto è suo e ha aggiunto: «Non mi arrendo adesso».", "Marco Rossi")]
    [InlineData("Ana Lopes lembrou que a obra é antiga e acrescentou: «Não vou desistir agora».", "Ana Lopes")]
    [InlineData("«Non accetteremo alcuna pressione», ha detto l'ambasciatore cinese Fu Cong.", "Fu Cong")]
    [InlineData("«Non accetteremo alcuna pressione», ha detto Fu Cong.", "Fu Cong")]
    public void ACopulaOutsideTheCleft_StopsNoClauseAndCutsNoName(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Titolo", paragraph));
}
