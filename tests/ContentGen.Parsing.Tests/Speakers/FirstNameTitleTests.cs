namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "Sir Alan said" after "Sir Alan Marsh": a one-word name that opens the full name of someone
/// salient, and that the article never writes as a surname, is that person's first name. A word
/// alone after Mr or Ms is a surname, and an organisation's short name is the organisation's.
/// </summary>
public sealed class FirstNameTitleTests
{
    [Theory]
    [InlineData("Police chief Sir Alan Marsh said the cells were full. In an interview with the Coastal Gazette, Sir Alan said his officers would need more space. He told the paper: \"We cannot hold them all.\"", "Alan Marsh")]
    [InlineData("Police chief Sir Alan Marsh said the cells were full. \"We cannot hold them all,\" said Sir Alan.", "Alan Marsh")]
    [InlineData("Dame Ruth Hale led the Eastfield choir to the prize on Sunday. \"I am so proud of them,\" said Dame Ruth.", "Ruth Hale")]
    public void AFirstNameUnderItsTitle_IsTheFullName(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("The cells are full", paragraph));

    // Guards: a surname under Mr that opens someone else's full name; an organisation's short name.
    [Fact]
    public void ASurnameUnderMr_IsNotTheFullNameItOpens()
        => Assert.Equal(
            new[] { "Howard" },
            QuoteSpeakers.Under(
                "Party row",
                "Howard Finch said the party would cut spending. Mr Howard insisted he had played by the rules. \"We do not say one thing in private,\" said Mr Howard."));

    [Theory]
    [InlineData("Harbour video", "Harbour Video has indexed the ferry cameras since May. \"We plan to add more cameras,\" a Harbour spokesperson said.", "Harbour")]
    [InlineData("Bus à Valmont", "Le maire Paul Ravel a visité le dépôt de Valmont Transports lundi. Valmont a répondu par un communiqué : « Nous ferons mieux. »", "Valmont")]
    public void AnOrganisationsShortName_IsNoPersonsFirstName(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));
}
