namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A company's word after a name's first makes it a company's name, whatever kind of company:
/// "Acme Ferries", "Harbour Holdings plc", "Talheimer Bau GmbH". "The company", "the firm" or "it"
/// may then mean it, as they mean a name that holds "company" or "group". A suffix in lower case
/// ("plc") is left out of the name, as other lower-case words are.
/// </summary>
public sealed class CompanyWordTests
{
    [Theory]
    [InlineData("Acme Ferries confirmed the cut on Monday. \"Nobody should wait,\" the company said.", "Acme Ferries")]
    [InlineData("Acme Ferries confirmed the cut in a statement. \"Nobody should wait,\" it said.", "Acme Ferries")]
    [InlineData("Harbour Holdings plc cut two sailings on Monday. \"Nobody should wait,\" the firm said.", "Harbour Holdings")]
    public void TheCompanyOrIt_AfterANameWithACompanyWord_MeansIt(string paragraph, string company)
        => Assert.Equal(new[] { company }, QuoteSpeakers.Under("Ferries", paragraph));

    [Fact]
    public void AGermanCompany_IsMeantByDasUnternehmen()
        => Assert.Equal(
            new[] { "Talheimer Bau GmbH" },
            QuoteSpeakers.Under("Neue Brücke", LanguageLeads.German + " Die Talheimer Bau GmbH baut die Brücke. „Wir liegen im Plan“, sagte das Unternehmen."));

    // Guards: a person whose name holds no company's word is no company, and the word opening a
    // name ("Ferries Roe" is no one's name, but "Motors" may open a band's) makes none.
    [Theory]
    [InlineData("Jane Roe confirmed the cut on Monday. \"Nobody should wait,\" the company said.")]
    [InlineData("Motors Jane Roe confirmed the cut on Monday. \"Nobody should wait,\" the company said.")]
    public void ANameWithNoCompanyWordAfterItsFirst_IsNoCompany(string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Ferries", paragraph));

    // A company's word inside a person's name, not at its end, makes no company.
    [Fact]
    public void ACompanyWordBeforeASurname_MakesNoCompany()
        => Assert.Equal(
            new[] { "Tom Holdings Baker", "Tom Holdings Baker" },
            QuoteSpeakers.Under("Market", "Tom Holdings Baker runs the fish market. \"We will move,\" Baker said. \"It is fair,\" he added."));
}
