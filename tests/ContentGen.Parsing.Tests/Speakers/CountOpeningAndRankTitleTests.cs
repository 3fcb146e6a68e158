namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A count that opens a German sentence ("Drei Tage nach …") is capitalised like a name but is
/// none: before, "Drei Tage" was given a quote of the standfirst. Officer ranks and a prefect
/// ("Oberstleutnant", "Präfektin") and Dutch trades before a name ("apotheker", "huisarts") are
/// titles, not part of the name.
/// </summary>
public sealed class CountOpeningAndRankTitleTests
{
    [Fact]
    public void ACountOpeningTheSentence_IsNoName()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Wahl", LanguageLeads.German,
                "Drei Tage nach der Wahl ist der Streit nicht beigelegt. Die Vorsitzende verspricht eine „schnelle“ Klärung."));

    [Fact]
    public void ARankBeforeTheName_IsATitle()
        => Assert.Equal(
            new[] { "Jan Rottmann", "Jan Rottmann" },
            QuoteSpeakers.Under("Einsatz", LanguageLeads.German,
                "„Wir waren nach zehn Minuten vor Ort“, sagte Oberstleutnant Jan Rottmann.",
                "„Die Kräfte haben alles gegeben“, sagte Oberst Jan Rottmann später."));

    [Fact]
    public void APrefectBeforeTheName_IsATitle()
        => Assert.Equal(
            new[] { "Anne Roux" },
            QuoteSpeakers.Under("Hochwasser", LanguageLeads.German, "„Niemand bleibt allein“, versicherte Präfektin Anne Roux."));

    [Fact]
    public void ADutchTradeBeforeTheName_IsATitle()
        => Assert.Equal(
            new[] { "Bram Smit", "Els Vos" },
            QuoteSpeakers.Under("Veerdienst", LanguageLeads.Dutch,
                "\"Mijn patiënten wachten op hun medicijnen\", zei apotheker Bram Smit.",
                "\"Ook de praktijk merkt het\", zegt huisarts Els Vos."));
}
