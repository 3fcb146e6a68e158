namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A title's full stop after a capitalised noun that an article or a verb of saying brings in ends no
/// sentence: German capitalises every noun, so "sagte Klinikchef Dr. Anna Roth" is one noun phrase, not
/// a street or a name's suffix before a new sentence. Before the rule the cue read "Klinikchef" alone,
/// and a role nobody held went to whoever the article had named before.
/// </summary>
public sealed class TitleAfterNounPhraseHeadTests
{
    private const string Opening = "Die Stadt baut ihr Hallenbad aus. Bürgermeister Jonas Brandt lobte den Plan am Dienstag.";

    [Theory]
    [InlineData("sagte Badleiterin Dr. Anna Roth am Mittwoch")]
    [InlineData("sagte Badleiterin Prof. Anna Roth am Mittwoch")]
    [InlineData("sagte die Badleiterin Dr. Anna Roth am Mittwoch")]
    [InlineData("sagte Badleiterin Dr. Anna Roth gestern")]
    public void ATitleAfterARoleNounTheLexiconLacks_StaysInTheSpeakersName_InGerman(string cue)
        => Assert.Equal("Anna Roth", QuoteSpeakers.Under("Hallenbad", Opening, $"„Wir brauchen mehr Bahnen für die Vereine“, {cue}.")[0]);

    [Fact]
    public void ATitleAfterARoleNounTheLexiconLacks_StaysInTheSpeakersName_InDutch()
        => Assert.Equal(
            "Anna Roth",
            QuoteSpeakers.Under(
                "Zwembad",
                "De gemeente breidt het zwembad uit. Wethouder Jonas Brandt prees het plan op dinsdag.",
                "\"We hebben meer banen nodig voor de clubs\", zei Badmanager dr. Anna Roth woensdag.")[0]);

    [Fact]
    public void ANamesSuffixAfterAVerb_StillEndsTheSentence()
        => Assert.Equal(
            "Fox Jr",
            QuoteSpeakers.Under("Square", "\"We will be ready in May,\" said Fox Jr. Anna Lee did not agree.")[0]);
}
