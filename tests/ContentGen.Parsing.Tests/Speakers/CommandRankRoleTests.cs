namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A commander named by the rank alone after the article named its holder ("O comandante dos
/// bombeiros, X, …" then "Segundo o comandante, …"): Portuguese "comandante" is a role noun, as
/// Spanish and Italian "comandante" are. Session 59, issue 10.
/// </summary>
public sealed class CommandRankRoleTests
{
    [Theory]
    [InlineData("pt", "O comandante dos bombeiros, Rui Costa, chegou às três.", "Segundo o comandante, a idosa fez «exatamente o que devia».", "Rui Costa")]
    [InlineData("pt", "O comandante dos bombeiros, Rui Costa, chegou às três.", "«Não havia outra saída», disse o comandante.", "Rui Costa")]
    [InlineData("es", "El comandante de los bomberos, Luis Vidal, llegó a las tres.", "Según el comandante, la anciana hizo «exactamente lo que debía».", "Luis Vidal")]
    [InlineData("it", "Il comandante dei vigili del fuoco, Luca Villa, è arrivato alle tre.", "«Non c'era altra via», ha detto il comandante.", "Luca Villa")]
    public void TheRankAlone_MeansItsHolderNamedBefore(string language, string before, string sentence, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Titre", LanguageLeads.For(language), before, sentence));

    // Guard: with the commander named, another role's holder named before is not the commander.
    // (An unheld rank after one other person given another role is the rank's own noun since
    // session 60: RankBesideOtherRoleTests.)
    [Theory]
    [InlineData("pt", "O vereador Paulo Reis visitou o local. O comandante dos bombeiros, Rui Costa, chegou às três.", "«Está tudo controlado», disse o comandante.", "Paulo Reis")]
    [InlineData("es", "El concejal Pablo Ruiz visitó el lugar. El comandante de los bomberos, Luis Vidal, llegó a las tres.", "«Está todo controlado», dijo el comandante.", "Pablo Ruiz")]
    public void AnotherRolesHolder_IsNotTheCommander(string language, string before, string sentence, string other)
        => Assert.NotEqual(other, QuoteSpeakers.Under("Titre", LanguageLeads.For(language), before, sentence)[0]);
}
