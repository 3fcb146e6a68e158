namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A one-word place after an employer's link and a lower-case noun ("Voorzitter Anna Bos van
/// buurtvereniging Lindeveld noemt …") says where someone works: read back from the verb, the name
/// before the link speaks, never the place. After an article the word may open a time or a
/// setting, whose run is a speaker's surname ("Later in the evening Hill said"): read as before.
/// </summary>
public sealed class WordBeforePlaceTests
{
    [Fact]
    public void ANameBeforeAnEmployersLowerCaseNounAndPlace_Speaks()
        => Assert.Equal(
            new[] { "Anna Bos" },
            QuoteSpeakers.Under("Probe", LanguageLeads.Dutch, "Voorzitter Anna Bos van buurtvereniging Lindeveld noemt het plan \"een gemiste kans\"."));

    // Guards: a full name after a role's lower-case brief, and a surname after a time or a setting, speak as before.
    [Theory]
    [InlineData("Director of planning Jane Roe said the quay was \"long overdue\".", "Jane Roe")]
    [InlineData("Head of sales Tom Vale said the season was \"the best in years\".", "Tom Vale")]
    public void NamesAfterABrief_StillSpeak(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.Under("Probe", paragraph));

    [Fact]
    public void ASurnameAfterATimePhrase_StillSpeaks()
        => Assert.Equal(
            new[] { "Mary Stone", "Peter Hill" },
            QuoteSpeakers.Under("Probe", "\"We worked hard for this,\" said coach Mary Stone. Peter Hill, the captain, scored twice. Later in the evening Hill said \"it was a special night\"."));

    [Fact]
    public void ASurnameAfterASetting_StillSpeaks_InSpanish()
        => Assert.Equal(
            new[] { "Ana Gil", "Pedro Ruiz" },
            QuoteSpeakers.Under("Probe", LanguageLeads.Spanish, "«Trabajamos mucho», dijo la entrenadora Ana Gil. Pedro Ruiz, el capitán, marcó dos goles. Ya en el vestuario Ruiz dijo que «fue una noche especial»."));
}
