namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// British local copy writes a councillor's title short before the name, "Cllr Ann Roe", and again before
/// the surname, "Cllr Roe". The short title is a title as "Councillor" is, no part of the name: the speaker
/// is "Ann Roe", and a later "Roe said" joins her full name. Before, "Cllr" was read as a first word of the
/// name ("Cllr Ann Roe"). The other six languages print a council member's title in full before the name
/// ("la concejala", "die Stadträtin", "wethouder", "a vereadora", "la consigliera", "la conseillère
/// municipale"), read as before.
/// </summary>
public sealed class CouncillorTitleTests
{
    [Theory]
    [InlineData("Cllr Ann Roe, who represents the ward, said: \"The depot was never meant to be this close to homes.\"", "Ann Roe")]
    [InlineData("\"The depot was never meant to be this close to homes,\" said Cllr Ann Roe.", "Ann Roe")]
    [InlineData("The council's leader, Cllr Tom Vale, said: \"We will listen to everyone.\"", "Tom Vale")]
    public void TheShortTitle_IsNoPartOfTheName(string paragraph, string expected)
        => Assert.Equal(expected, QuoteSpeakers.Under("Probe", Lead, paragraph).Last());

    [Fact]
    public void TheSurnameLater_JoinsTheFullName_WithoutTheTitle()
        => Assert.Equal("Ann Roe", QuoteSpeakers.Under("Probe", Lead,
            "Cllr Ann Roe, who represents the ward, has written to the planning committee.",
            "\"Nobody asked the people who live here,\" Roe said.").Last());

    [Fact]
    public void TheShortTitle_BeforeTheSurname_NamesTheFullName()
        => Assert.Equal("Ann Roe", QuoteSpeakers.Under("Probe", Lead,
            "Ann Roe, a councillor for the ward, has written to the planning committee.",
            "Cllr Roe said: \"Nobody asked the people who live here.\"").Last());

    // The council member's title in full before the name, as the other languages print it: the name alone speaks.
    [Theory]
    [InlineData("fr", "« Personne n’a demandé l’avis des riverains », a déclaré la conseillère municipale Anne Roux.", "Anne Roux")]
    [InlineData("de", "„Niemand hat die Anwohner gefragt“, sagte Stadträtin Petra Lind.", "Petra Lind")]
    [InlineData("es", "«Nadie ha preguntado a los vecinos», dijo la concejala Ana Ruiz.", "Ana Ruiz")]
    [InlineData("it", "«Nessuno ha chiesto ai residenti», ha detto la consigliera Marta Ricci.", "Marta Ricci")]
    [InlineData("pt", "«Ninguém perguntou aos moradores», disse a vereadora Ana Lobo.", "Ana Lobo")]
    [InlineData("nl", "‘Niemand heeft de bewoners iets gevraagd’, zei wethouder Els Vos.", "Els Vos")]
    public void ACouncilMembersTitleInFull_IsNoPartOfTheName(string language, string paragraph, string expected)
        => Assert.Equal(expected, QuoteSpeakers.InLanguage(language, "Probe", LanguageLeads.For(language), paragraph).Last());

    // Guards: a surname no full name ends keeps no title and stays a surname; a word that only begins like the
    // title ("Cllrs" is no English word, "Clare") is a name as before.
    [Theory]
    [InlineData("Cllr Roe said: \"Nobody asked the people who live here.\"", "Roe")]
    [InlineData("Clare Roe said: \"Nobody asked the people who live here.\"", "Clare Roe")]
    public void ATitleBeforeASurnameAlone_OrNoTitle(string paragraph, string expected)
        => Assert.Equal(expected, QuoteSpeakers.Under("Probe", Lead, paragraph).Last());

    private const string Lead = "The waste depot beside the estate will double in size, the council said on Monday, and residents are angry about it.";
}
