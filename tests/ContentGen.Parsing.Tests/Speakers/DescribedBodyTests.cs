namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone unnamed speaks for a body named after an article and its kind's noun: "een woordvoerder
/// van de stichting Lage Wetering", "un portavoz de la mancomunidad Costa Norte". Only a noun of a
/// body's kind says so: a family, a singer or the accused are people, and so is the name after them.
/// </summary>
public sealed class DescribedBodyTests
{
    [Theory]
    [InlineData(LanguageLeads.Dutch, "\"De werkzaamheden lopen op schema\", zei een woordvoerder van de stichting Lage Wetering.", "Lage Wetering")]
    [InlineData(LanguageLeads.Spanish, "«Las obras van según lo previsto», dijo un portavoz de la mancomunidad Costa Norte.", "Costa Norte")]
    [InlineData("", "\"Work is on schedule,\" said a spokesman for the cooperative Harbour Fresh.", "Harbour Fresh")]
    public void ASpokesmanForABodyOfAKind_SpeaksForTheBody(string lead, string sentence, string body)
        => Assert.Equal(new[] { body }, QuoteSpeakers.Under("Bridge", (lead + " " + sentence).Trim()));

    // Guards: a role, a family or a singer before the name names a person, whose own words later
    // stay theirs.
    [Fact]
    public void ASpokesmanForARoleAndName_IsNotTheName()
        => Assert.DoesNotContain(
            "Jan Smit",
            QuoteSpeakers.Under("Nieuwe brug", LanguageLeads.Dutch + " \"De werkzaamheden lopen op schema\", zei een woordvoerder van de minister Jan Smit."));

    [Theory]
    [InlineData(LanguageLeads.Spanish, "«No volverá», dijo un portavoz de la familia Ruiz.", "Marta Ruiz también habló. «Estamos tristes», dijo ella.", "Marta Ruiz")]
    [InlineData(LanguageLeads.Dutch, "\"Hij komt niet terug\", zei een woordvoerder van de zanger Jan Smit.", "Jan Smit trad vorig jaar op. \"Ik ben moe\", zei hij.", "Jan Smit")]
    public void APersonAfterAFamilyOrOccupation_KeepsTheirOwnWords(string lead, string first, string second, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Bridge", lead, first, second)[1]);
}
