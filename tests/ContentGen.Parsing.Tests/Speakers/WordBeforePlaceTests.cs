namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A one-word place after a link and a lower-case word says where someone is or works
/// ("Voorzitter Anna Bos van dorpsraad Westerveen noemt …", "een visser uit het nabije Oostdam
/// zei"): read back from the verb, the name before the link speaks, or no one, never the place.
/// Dutch "uit" is a preposition of place (lexicon <c>Locatives</c>).
/// </summary>
public sealed class WordBeforePlaceTests
{
    [Fact]
    public void ANameBeforeAnEmployersLowerCaseNounAndPlace_Speaks()
        => Assert.Equal(
            new[] { "Anna Bos" },
            QuoteSpeakers.Under("Probe", LanguageLeads.Dutch, "Voorzitter Anna Bos van dorpsraad Westerveen noemt de sluiting \"een groot verlies\"."));

    [Fact]
    public void APlaceAfterUitAndAnAdjective_IsNoSpeaker()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under("Probe", LanguageLeads.Dutch, "Een visser uit het nabije Oostdam zei dat de haven \"veel te klein\" is."));

    // Guards: a full name after a role's lower-case brief, and a name after a clause's words, speak as before.
    [Theory]
    [InlineData("Director of planning Jane Roe said the quay was \"long overdue\".", "Jane Roe")]
    [InlineData("Head of sales Tom Vale said the season was \"the best in years\".", "Tom Vale")]
    public void NamesAfterABrief_StillSpeak(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Probe", paragraph));
}
