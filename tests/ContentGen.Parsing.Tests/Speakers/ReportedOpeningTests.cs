namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A sentence that ends in a cue with a pronoun ("Mehr Geld werde es nicht geben, betonte sie.")
/// makes everything before the cue reported words: the capitalised words opening them are no
/// subject of the sentence, and no one a later quote goes on with. Before, German read "Mehr Geld"
/// (every noun is capitalised) as a person who then took the next quote.
/// </summary>
public sealed class ReportedOpeningTests
{
    [Theory]
    [InlineData("Weiteres Steuergeld werde es nicht geben, betonte sie. „Wir haben genug gezahlt.“")]
    [InlineData("Mehr Geld werde es nicht geben, sagte sie. „Wir haben genug gezahlt.“")]
    public void TheWordsOpeningReportedSpeech_AreNoSpeaker(string sentences)
        => Assert.Equal(
            new[] { "Birgit Ober", "Birgit Ober" },
            QuoteSpeakers.Under("Probe", LanguageLeads.German, "Landrätin Birgit Ober (CSU) sprach von einem „bitteren Tag“. " + sentences));

    // Guard: a name whose own verbs follow it is the subject, as before.
    [Fact]
    public void ANameWithItsOwnVerbs_IsStillTheSubject()
        => Assert.Equal(
            new[] { "Birgit Ober", "Karl Hahn" },
            QuoteSpeakers.Under("Probe", LanguageLeads.German, "Landrätin Birgit Ober (CSU) sprach von einem „bitteren Tag“. Karl Hahn kam spät und sagte nichts. „Wir haben genug gezahlt.“"));

    // Guard: a name opening a sentence whose cue names no pronoun is its subject, as before.
    [Fact]
    public void ANameOpeningASentenceWithoutAPronounCue_IsStillItsSubject()
        => Assert.Equal(
            new[] { "Birgit Ober", "Karl Hahn" },
            QuoteSpeakers.Under("Probe", LanguageLeads.German, "Landrätin Birgit Ober (CSU) sprach von einem „bitteren Tag“. Karl Hahn widersprach am Abend. „Wir haben genug gezahlt.“"));
}
