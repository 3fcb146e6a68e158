namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A sentence that ends in a cue with a pronoun ("Neue Schulden werde es nicht geben, betonte er.")
/// makes everything before the cue reported words: the capitalised words opening them are no
/// subject of the sentence, and no one a later quote goes on with. Before, German read "Neue Schulden"
/// (every noun is capitalised) as a person who then took the next quote.
/// </summary>
public sealed class ReportedOpeningTests
{
    [Theory]
    [InlineData("Neue Schulden werde es nicht geben, betonte er. „Die Kasse ist leer.“")]
    [InlineData("Mehr Personal werde es nicht geben, sagte er. „Die Kasse ist leer.“")]
    public void TheWordsOpeningReportedSpeech_AreNoSpeaker(string sentences)
        => Assert.Equal(
            new[] { "Otto Weil", "Otto Weil" },
            QuoteSpeakers.Under("Probe", LanguageLeads.German, "Landrat Otto Weil (SPD) sprach von einem „schweren Abend“. " + sentences));

    // Guard: a name whose own verbs follow it is the subject, as before.
    [Fact]
    public void ANameWithItsOwnVerbs_IsStillTheSubject()
        => Assert.Equal(
            new[] { "Otto Weil", "Eva Lind" },
            QuoteSpeakers.Under("Probe", LanguageLeads.German, "Landrat Otto Weil (SPD) sprach von einem „schweren Abend“. Eva Lind kam spät und blieb still. „Die Kasse ist leer.“"));

    // Guard: a name opening a sentence whose cue names no pronoun is its subject, as before.
    [Fact]
    public void ANameOpeningASentenceWithoutAPronounCue_IsStillItsSubject()
        => Assert.Equal(
            new[] { "Otto Weil", "Eva Lind" },
            QuoteSpeakers.Under("Probe", LanguageLeads.German, "Landrat Otto Weil (SPD) sprach von einem „schweren Abend“. Eva Lind widersprach am Abend. „Die Kasse ist leer.“"));
}
