namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A police rank before a name is a role, not the name's first word: "Rechercheur Laura Kinsella
/// laat weten …", "zegt inspecteur Bram Dekker". Dutch kept "Rechercheur" on the name, so the
/// quotes after it went to "Rechercheur Laura Kinsella", which is no one the article names.
/// </summary>
public sealed class PoliceRankTests
{
    [Theory]
    [InlineData("nl", "Rechercheur Laura Kessel laat weten dat de verdachte vastzit. \"We gaan uit van opzet\", zei ze.", "Laura Kessel")]
    [InlineData("nl", "\"Het was opzet\", zegt inspecteur Bram Dekker.", "Bram Dekker")]
    [InlineData("nl", "Hoofdinspecteur Els Mulder sprak de pers toe. \"We zoeken getuigen\", zei ze.", "Els Mulder")]
    [InlineData("de", "Kommissarin Laura Kessel teilte mit, der Verdächtige sitze in Haft. „Wir gehen von Brandstiftung aus“, sagte sie.", "Laura Kessel")]
    public void ARankBeforeTheName_IsNoPartOfIt(string language, string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Probe", LanguageLeads.For(language), paragraph));

    // Guard: the rank alone, with no one named, names no one.
    [Fact]
    public void TheRankAlone_NamesNoOne()
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Probe", LanguageLeads.Dutch, "\"We zoeken getuigen\", zei de rechercheur."));
}
