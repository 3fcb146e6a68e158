namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// German and Dutch put the finite verb second: after a phrase opened by a preposition, the subject
/// of a verb of saying stands right after the verb, and it said the quote the verb governs, never
/// the phrase's last words (SpeakerFinder.OpeningSubjectGoverns.cs, <c>SubjectAfterOpeningPhrase</c>).
/// </summary>
public sealed class VerbSecondOpeningPhraseTests
{
    [Fact]
    public void APronounAfterTheVerb_SaidTheQuote()
        => Assert.Equal(
            new[] { "Jonas Brettschneider" },
            QuoteSpeakers.Under(
                "Einbruch im Museum Lindach",
                "Bürgermeister Jonas Brettschneider kündigte an, die Alarmanlage zu erneuern.",
                "In einem Brief an die Mitglieder des Fördervereins schrieb er, die Stadt stehe „ohne jede Einschränkung“ hinter dem Museum."));

    [Fact]
    public void ANameAfterTheVerb_SaidTheQuote()
        => Assert.Equal(
            new[] { "Lotte Brinkhuis" },
            QuoteSpeakers.Under("Zwembad Veendorp dicht", "In een brief aan de gemeenteraad schrijft wethouder Lotte Brinkhuis dat de kosten \"veel te hoog\" zijn."));

    [Fact]
    public void ANameInTheOpeningPhrase_IsNotTheSpeaker()
        => Assert.NotEqual(
            "Jonas Brettschneider",
            QuoteSpeakers.Under(
                "Einbruch im Museum Lindach",
                "In einem Brief an Bürgermeister Jonas Brettschneider schrieb die Opposition, die Stadt habe „viel zu spät“ gehandelt.")[0]);
}
