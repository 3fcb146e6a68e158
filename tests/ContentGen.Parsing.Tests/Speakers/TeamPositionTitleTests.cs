namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "Kapitänin Jana Roth", "la portera Noelia Ruiz", "il portiere Marco Genti": a team's captain or
/// goalkeeper named by the position before the name is the person, without the position.
/// </summary>
public sealed class TeamPositionTitleTests
{
    [Theory]
    [InlineData("Pokalsieg", "Kapitänin Jana Roth war nach dem Spiel den Tränen nahe: „Das war unser bestes Spiel.“", "Jana Roth")]
    [InlineData("Pokalsieg", "Torhüterin Mara Vogel hielt drei Elfmeter. „Ich hatte einfach Glück“, sagte Torhüterin Mara Vogel.", "Mara Vogel")]
    [InlineData("Victoria", "La portera Noelia Ruiz no pudo contener las lágrimas tras el partido: «Ha sido nuestro mejor partido».", "Noelia Ruiz")]
    [InlineData("Vittoria", "Il portiere Marco Genti non ha trattenuto le lacrime dopo la partita: «È stata la nostra partita migliore».", "Marco Genti")]
    [InlineData("Vitória", "O guarda-redes Rui Mota não conteve as lágrimas no fim do jogo: «Foi o nosso melhor jogo».", "Rui Mota")]
    [InlineData("Bekerwinst", "Doelman Joris Wit stopte drie strafschoppen. \"Ik had geluk\", zei doelman Joris Wit.", "Joris Wit")]
    public void APositionBeforeTheName_IsNotPartOfIt(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    // "versprach die Kapitänin" later means the captain the article named.
    [Fact]
    public void ThePositionLater_MeansItsHolder()
        => Assert.Equal(
            new[] { "Jana Roth", "Tom Kurz", "Jana Roth" },
            QuoteSpeakers.Under(
                "Pokalsieg",
                "Kapitänin Jana Roth war nach dem Spiel den Tränen nahe: „Das war unser bestes Spiel.“",
                "Vereinschef Tom Kurz lobte die Mannschaft. „Ich bin stolz“, sagte Kurz.",
                "„Am Montag ist wieder Training“, versprach die Kapitänin."));
}
