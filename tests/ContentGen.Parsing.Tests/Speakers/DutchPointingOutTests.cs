namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Dutch "wijst erop dat", "gaf aan dat": a phrase of pointing out or indicating governs the clause
/// after it, and its subject said the quote in it (the lexicons' ReportingPhrases).
/// </summary>
public sealed class DutchPointingOutTests
{
    [Theory]
    [InlineData("Wethouder Lotte Brinkhuis wees erop dat de kosten voor het nieuwe bad \"veel te hoog\" zijn.")]
    [InlineData("Wethouder Lotte Brinkhuis gaf aan dat de gemeente \"geen geld meer\" heeft voor het bad.")]
    public void APhraseOfPointingOut_GovernsTheQuoteInItsClause(string paragraph)
        => Assert.Equal(new[] { "Lotte Brinkhuis" }, QuoteSpeakers.Under("Zwembad Veendorp dicht", paragraph));

    [Fact]
    public void APronounAfterTheNamedSubject_PointsOutTheQuote()
        => Assert.Equal(
            new[] { "Lotte Brinkhuis" },
            QuoteSpeakers.Under(
                "Zwembad Veendorp dicht",
                "Wethouder Lotte Brinkhuis verdedigde dinsdag het besluit in de raad.",
                "Zij wijst erop dat er \"nooit een goedkoper plan\" is ingediend."));

    [Fact]
    public void GivingSomethingToSomeone_GovernsNoClause()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Zwembad Veendorp dicht", "De stichting geeft aan de buurt een \"nieuw plein\" met bankjes."));
}
