namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Two name particles in a row, the second no article, between capitalised words belong to one
/// name ("Ilse van den Berg"), and a full name before an employer link and its article ("Peter
/// Jansen van de Vereniging Oost", "Ilse van den Berg van de Fietsersbond") is the person's, the
/// employer split off. Before, the reader stopped at the second particle and gave "Ilse" or
/// "Peter Jansen van".
/// </summary>
public sealed class JoinerPairTests
{
    [Theory]
    [InlineData("\"Het is klaar\", zegt Ilse van den Berg.", "Ilse van den Berg")]
    [InlineData("\"Het is klaar\", stelt fractievoorzitter Ilse van der Meer.", "Ilse van der Meer")]
    [InlineData("\"Het is klaar\", zegt Ilse van den Berg van de Fietsersbond.", "Ilse van den Berg")]
    public void TwoParticles_StayInTheName(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Brug", LanguageLeads.Dutch + " " + paragraph));

    [Theory]
    [InlineData("\"Het is klaar\", zegt Peter Jansen van de Vereniging Vuurwerkhandel Oost.")]
    [InlineData("Volgens Peter Jansen van de Vereniging Vuurwerkhandel Oost kost het verbod \"tienduizenden euro's\".")]
    public void AnEmployerAfterAParticleAndItsArticle_IsSplitOff(string paragraph)
        => Assert.Equal(new[] { "Peter Jansen" }, QuoteSpeakers.Under("Vuurwerk", LanguageLeads.Dutch + " " + paragraph));

    // Guards: one particle reads as before; after a one-word name a link and its article are no
    // particles, and never take the organisation into the person's name.
    [Theory]
    [InlineData(LanguageLeads.Dutch, "\"Het is klaar\", zegt Ilse de Berg.", "Ilse de Berg")]
    [InlineData(LanguageLeads.Dutch, "\"Het is klaar\", zegt Ruud Hendriks van Emmerveld.", "Ruud Hendriks")]
    [InlineData(LanguageLeads.Dutch, "\"Het is klaar\", zegt Ilse Berg van de gemeente.", "Ilse Berg")]
    [InlineData(LanguageLeads.Dutch, "\"Het is klaar\", zegt Bakker van de Rabobank.", "Bakker van")]
    [InlineData(LanguageLeads.Dutch, "Volgens Smit van de ANWB is de brug \"veel te smal\".", "Smit van")]
    [InlineData(LanguageLeads.Dutch, "\"Het is klaar\", zegt woordvoerder Bakker van de Fietsersbond.", "Bakker van")]
    public void OneParticleOrALinkAfterAOneWordName_ReadsAsBefore(string lead, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Brug", lead + " " + paragraph));

    [Fact]
    public void ALinkAndItsArticleAfterAOneWordName_TakeNoOrganisationIntoTheName()
        => Assert.NotEqual("Vidal de la CGT", QuoteSpeakers.Under("Port", LanguageLeads.French + " « C'est terminé », a déclaré Vidal de la CGT.")[0]);

    // "L'élue de la Lière-Atlantique" is a seat's holder: an elided article before the particles
    // makes them no name's.
    [Fact]
    public void AfterAnElidedArticle_TheParticlesNameNoOne()
        => Assert.Equal(
            new string?[] { "Camille Roussel", null },
            QuoteSpeakers.Under("Eau", LanguageLeads.French + " « Le gouvernement a cédé », fustige la députée Camille Roussel. L'élue de la Lière-Atlantique promet une loi « dès la rentrée »."));
}
