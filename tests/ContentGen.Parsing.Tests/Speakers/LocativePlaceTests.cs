namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A name after a preposition of place (the lexicons' <c>Locatives</c>: "in", "à", "en", "em", "te")
/// says where someone is, never who speaks: <c>a lawyer in Harbour said</c> is a lawyer, and
/// <c>C'est le cas de Paul, censé travailler à Brest :</c> gives the quote to no town.
/// </summary>
public sealed class LocativePlaceTests
{
    [Theory]
    [InlineData("Ferry cuts", "In a letter, the families in Port Ellis wrote: \"Our sons deserve a hearing.\"")]
    [InlineData("Ferry cuts", "In a statement, one prisoner in Northgate Jail said: \"Nobody told us why.\"")]
    [InlineData("Recorte del ferry", "Un vecino en Robledal dijo: «Nos sentimos olvidados».")]
    [InlineData("Traghetto ridotto", "Un residente in Roccalta ha detto: «Ci sentiamo dimenticati».")]
    [InlineData("Ferry cortado", "Um morador em Serrana disse: «Sentimo-nos esquecidos».")]
    [InlineData("Veerboot ingekort", "Een bewoner in Lindewaard zei: \"We voelen ons vergeten.\"")]
    [InlineData("Fähre gekürzt", "Ein Händler in Brückenfeld sagte, die Kürzungen seien „eine Katastrophe“.")]
    [InlineData("Ferry réduit", "C'est le cas de Paul, censé travailler à Brest dès lundi : « Je ne sais pas comment y aller. »")]
    public void APlaceAfterItsPreposition_SpeaksNot(string headline, string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under(headline, paragraph));

    [Fact]
    public void TheRoleBeforeThePlace_IsWhoSpoke()
        => Assert.Equal(new[] { "nurse" }, QuoteSpeakers.Under("Ferry cuts", "A nurse in Easton said the cuts were \"a disgrace for the island\"."));

    [Fact]
    public void ANameBeforeThePlace_StillSpeaks()
        => Assert.Equal(new[] { "Jane Roe" }, QuoteSpeakers.Under("Ferry cuts", "Jane Roe in Harbour said: \"We will fight this at every council meeting.\""));

    [Fact]
    public void ANameAfterAnInsertOfPlace_StillSpeaks()
        => Assert.Equal(
            new[] { "Marie Lenoir" },
            QuoteSpeakers.Under("Ferry réduit", "Marie Lenoir, installée à Valmont depuis dix ans, a expliqué : « Il n'y a pas d'autre moyen d'arriver. »"));

    [Fact]
    public void AYearAfterIn_IsNoPlace_AndLeavesTheEarlierReading()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Poster row",
                "Jane Roe did not comment on the leaflet on Monday. Instead, she pointed to how Tom Baker had in 2001 complained about \"personal and nasty campaigning\"."));
}
