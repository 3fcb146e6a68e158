namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A document whose owner is given in the possessive ("Mr Lomax's statement said", "Acme's report
/// reads") speaks with its owner's words, before or after the quote.
/// </summary>
public sealed class PossessedDocumentTests
{
    [Fact]
    public void APersonsStatement_AfterTheQuote_IsThePersons()
        => Assert.Equal(
            new string?[] { "Ian Lomax", "Ian Lomax" },
            QuoteSpeakers.Under(
                "Harbour Group founder apologises",
                "The founder of the Harbour Group, Ian Lomax, is under house arrest. \"I apologise to every saver who lost money on the marina,\" Mr Lomax's statement said. \"I will help the inquiry in every way I can.\""));

    [Fact]
    public void AnOrganisationsStatement_BeforeTheColon_IsTheOrganisations()
        => Assert.Equal(
            new string?[] { "Brightwater Water Company" },
            QuoteSpeakers.Under(
                "Water firm fined",
                "The regulator fined Brightwater Water Company on Monday for a leaking outfall.",
                "Brightwater Water Company's statement said: \"We accept the fine and will repair the outfall by June.\""));

    [Fact]
    public void APersonsStatement_BeforeTheColon_IsThePersonByTheirFullName()
        => Assert.Equal(
            new string?[] { "Ian Lomax" },
            QuoteSpeakers.Under(
                "Harbour Group founder apologises",
                "The founder of the Harbour Group, Ian Lomax, is under house arrest.",
                "Mr Lomax's statement said: \"I will help the inquiry in every way I can.\""));

    [Fact]
    public void APossessiveBeforeAPersonsNoun_IsNoDocument()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(
                "Water firm fined",
                "The regulator fined the firm on Monday. \"We accept the fine,\" Brightwater's lawyer said."));
}
