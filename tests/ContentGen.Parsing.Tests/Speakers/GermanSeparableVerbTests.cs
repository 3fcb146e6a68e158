namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// German splits many reporting verbs: "hinzufügen" reads "fügte sie hinzu", "klarstellen" reads
/// "stellte er klar", "mitteilen" reads "teilte die Stadt mit". Inverted after a quote, the stem
/// reports as the whole verb does, and its particle closes the cue after the subject.
/// </summary>
public sealed class GermanSeparableVerbTests
{
    [Theory]
    [InlineData("„Der Zeitplan hält“, fügte Anna Kessler hinzu.")]
    [InlineData("„Der Zeitplan hält“, stellte Anna Kessler klar.")]
    [InlineData("„Der Zeitplan hält“, führte Anna Kessler aus.")]
    [InlineData("„Der Zeitplan hält“, wies Anna Kessler hin.")]
    [InlineData("„Der Zeitplan hält“, hielt Anna Kessler fest.")]
    [InlineData("„Der Zeitplan hält“, teilte Anna Kessler mit.")]
    public void AStemInvertedAfterAQuote_ReportsIt(string sentence)
        => Assert.Equal(new[] { "Anna Kessler" }, QuoteSpeakers.Under("Neue Brücke", LanguageLeads.German + " " + sentence));

    [Fact]
    public void AnOrganisationsStatement_WithASplitVerb_IsTheOrganisations()
        => Assert.Equal(
            new[] { "Verein Brückenfreunde" },
            QuoteSpeakers.Under("Neue Brücke", LanguageLeads.German + " „Die Preise bleiben stabil“, teilte der Verein Brückenfreunde mit."));

    [Fact]
    public void AnAddedQuote_WithASplitVerbAndAPronoun_GoesOnWithTheSpeaker()
        => Assert.Equal(
            new[] { "Anna Kessler", "Anna Kessler" },
            QuoteSpeakers.Under("Neue Brücke", LanguageLeads.German + " „Der Zeitplan hält“, sagte Anna Kessler. „Niemand muss warten“, fügte sie hinzu."));

    // Guards: the same stems in their plain senses, with no quote to report, give no one a quote;
    // a quote they do not report stays with no one.
    [Theory]
    [InlineData("Anna Kessler stellte die Pläne am Montag vor. Auf dem Plakat stand „Brücke jetzt“.")]
    [InlineData("Die Stadt teilte das Geld auf zwei Jahre auf. Auf dem Plakat stand „Brücke jetzt“.")]
    public void TheStemsInTheirPlainSenses_GiveNoOneTheSlogan(string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Neue Brücke", LanguageLeads.German + " " + paragraph));

    [Theory]
    [InlineData("„Der Zeitplan hält“, zei Pieter van Dam. Later voegde hij eraan toe: „Niemand hoeft te wachten.“")]
    [InlineData("„Der Zeitplan hält“, zei Pieter van Dam. „Niemand hoeft te wachten“, voegde hij eraan toe.")]
    public void ADutchSplitVerb_ReportsAsTheGermanDoes(string paragraph)
        => Assert.Equal(new[] { "Pieter van Dam", "Pieter van Dam" }, QuoteSpeakers.Under("Nieuwe brug", LanguageLeads.Dutch + " " + paragraph));

    // The stem with another particle is another verb: "teilte … auf" divides, "stellte … vor" presents.
    [Theory]
    [InlineData("„Der Zeitplan hält“, stellte Anna Kessler vor.")]
    [InlineData("„Der Zeitplan hält“, teilte Anna Kessler auf.")]
    public void AStemWithAnotherParticle_ReportsNothing(string sentence)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Neue Brücke", LanguageLeads.German + " " + sentence));
}
