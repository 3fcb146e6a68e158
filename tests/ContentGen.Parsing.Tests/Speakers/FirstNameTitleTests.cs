namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "Sir Alan said" after "Sir Alan Marsh": a one-word name that opens the full name of someone
/// salient, and that the article never writes as a surname, is that person's first name. A word
/// alone after Mr or Ms is a surname, and an organisation's short name is the organisation's.
/// </summary>
public sealed class FirstNameTitleTests
{
    [Theory]
    [InlineData("Harbour master Sir Alan Marsh said the new lock would open on Friday. Sir Alan thanked the engineers who built it. He told the crowd: \"We waited ten years for this.\"", "Alan Marsh")]
    [InlineData("Harbour master Sir Alan Marsh said the new lock would open on Friday. \"We waited ten years for this,\" said Sir Alan.", "Alan Marsh")]
    [InlineData("Dame Ruth Hale led the Eastfield choir to the prize on Sunday. \"I am so proud of them,\" said Dame Ruth.", "Ruth Hale")]
    public void AFirstNameUnderItsTitle_IsTheFullName(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("New lock opens", paragraph));

    // Guards: a surname under Mr that opens someone else's full name; an organisation's short name.
    [Fact]
    public void ASurnameUnderMr_IsNotTheFullNameItOpens()
        => Assert.Equal(
            new[] { "Quillan" },
            QuoteSpeakers.Under(
                "Rowing club",
                "Quillan Finch chairs the rowing club. Mr Quillan, the club's coach, wants a new boathouse. \"We need it by the spring,\" said Mr Quillan."));

    [Theory]
    [InlineData("Harbour maps", "Harbour Maps now shows every mooring in the bay. \"More bays will follow in the spring,\" said a Harbour spokesperson.", "Harbour")]
    [InlineData("Bus à Valmont", "Le maire Paul Ravel a visité le dépôt de Valmont Transports lundi. Valmont a répondu par un communiqué : « Nous ferons mieux. »", "Valmont")]
    public void AnOrganisationsShortName_IsNoPersonsFirstName(string headline, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under(headline, paragraph));

    // Guards: two salient namesakes leave a first name as written, even under Sir. (A first name
    // with no title that opens one salient full name is that person's: FirstNameAloneTests.)
    [Theory]
    [InlineData("Sir Ivo Crane and Sir Ivo Pell both sat on the lock committee. \"The vote was close,\" said Sir Ivo.", "Ivo")]
    [InlineData("Ivo Pell chaired the lock committee. Ivo Crane, his neighbour, spoke next. \"The vote was close,\" said Ivo.", "Ivo")]
    public void AFirstNameWithNamesakesOrNoTitle_StaysAsWritten(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Lock committee", paragraph));
}
