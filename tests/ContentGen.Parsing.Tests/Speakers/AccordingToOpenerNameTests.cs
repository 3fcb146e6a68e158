namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A word that opens an "according to" phrase ("D'après", "According") is no part of the name
/// after it, even where it opens the sentence with a capital and a colon ends the clause: the
/// source is the name alone ("D'après Paul Martin, président de la fédération, la première raison :
/// « … »" is Paul Martin's, not "D'après Paul Martin"'s). The other languages' sources read as before.
/// </summary>
public sealed class AccordingToOpenerNameTests
{
    [Theory]
    [InlineData("D’après Paul Martin, président de la fédération des boulangers, la première raison : « Les loyers du centre ont doublé en cinq ans ».")]
    [InlineData("D'après Paul Martin, président de la fédération des boulangers, la première raison : « Les loyers du centre ont doublé en cinq ans ».")]
    public void AFrenchSourceOpeningTheSentence_IsTheNameAlone(string paragraph)
        => Assert.Equal(new[] { "Paul Martin" }, QuoteSpeakers.Under("Pourquoi les boulangers ferment", LanguageLeads.French, paragraph));

    [Fact]
    public void AnEnglishSourceOpeningTheSentence_IsTheNameAlone()
        => Assert.Equal(
            new[] { "Frank Dale" },
            QuoteSpeakers.Under("Firms fear global risks", "According to Frank Dale, global risk leader at Harbour Advisers, the trend has one clear upside: \"One risk in one region will not sink your business.\""));

    // Guards: the same shape in Spanish, German, Dutch and Portuguese was read right before.
    [Theory]
    [InlineData("Según Pablo Martín, presidente del sindicato, el primer motivo: «La búsqueda de una vida mejor».", "Pablo Martín")]
    [InlineData("Laut Paul Berger, Präsident des Ärzteverbands, ist der erste Grund klar: „Die Suche nach einem besseren Leben.“", "Paul Berger")]
    [InlineData("Volgens Paul de Vries, voorzitter van de artsenbond, de eerste reden: \"Het zoeken naar een beter leven.\"", "Paul de Vries")]
    [InlineData("Segundo Paulo Martins, presidente do sindicato, o primeiro motivo: «A procura de uma vida melhor».", "Paulo Martins")]
    public void OtherLanguagesSources_AreReadAsBefore(string paragraph, string expected)
        => Assert.Equal(new[] { expected }, QuoteSpeakers.Under("Probe", paragraph));
}
