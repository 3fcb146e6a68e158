namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Dutch news writes the particle of a Moroccan family name in lower case ("Youssef el Amrani"):
/// it joins the name as "van" does. Before, the name stopped at "Youssef" and a later "hij" went to
/// someone else. "el" between lower-case words, or ending a run, joins nothing.
/// </summary>
public sealed class DutchParticleTests
{
    [Fact]
    public void ALowerCaseEl_JoinsTheName()
        => Assert.Equal(
            new[] { "Bert Hofman", "Youssef el Amrani" },
            QuoteSpeakers.Under(
                "Degradatie",
                LanguageLeads.Dutch,
                "“Ik heb geen woorden”, zei trainer Bert Hofman.",
                "Aanvoerder Youssef el Amrani wilde daar niets van weten. “Dat was ik”, zei hij."));

    [Fact]
    public void ACapitalisedEl_StillJoinsTheName()
        => Assert.Equal(
            new[] { "Youssef El Amrani" },
            QuoteSpeakers.Under("Degradatie", LanguageLeads.Dutch, "“Dat was ik”, zei aanvoerder Youssef El Amrani."));
}
