namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone unnamed speaks for a body named after an article and a noun the lexicons need not list:
/// "een woordvoerder van het waterschap Lage Wetering", "un portavoz de la mancomunidad Costa
/// Norte". The noun says what kind of body the name is; a role says a person instead.
/// </summary>
public sealed class DescribedBodyTests
{
    [Theory]
    [InlineData(LanguageLeads.Dutch, "\"De werkzaamheden lopen op schema\", zei een woordvoerder van het waterschap Lage Wetering.", "Lage Wetering")]
    [InlineData(LanguageLeads.Spanish, "«Las obras van según lo previsto», dijo un portavoz de la mancomunidad Costa Norte.", "Costa Norte")]
    [InlineData("", "\"Work is on schedule,\" said a spokesman for the cooperative Harbour Fresh.", "Harbour Fresh")]
    public void ASpokesmanForADescribedBody_SpeaksForTheBody(string lead, string sentence, string body)
        => Assert.Equal(new[] { body }, QuoteSpeakers.Under("Bridge", (lead + " " + sentence).Trim()));

    // Guard: a role before the name names a person, not a body the spokesman speaks for.
    [Fact]
    public void ASpokesmanForARoleAndName_IsNotTheName()
        => Assert.DoesNotContain(
            "Jan Smit",
            QuoteSpeakers.Under("Nieuwe brug", LanguageLeads.Dutch + " \"De werkzaamheden lopen op schema\", zei een woordvoerder van de minister Jan Smit."));
}
