using ContentGen.Parsing.Speakers.Sieves;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// S4 past an opening clause or phrase: in "As she left the town hall, Jane Roe thanked the
/// crowd, saying: "…"" the main clause's subject stands after the opening's comma, and it is
/// the one who speaks through the participle; a name inside the opening never is.
/// </summary>
public sealed class ParticipleOpeningClauseTests
{
    private static string? Speaker(string sentence) => OneSentence.Speaker(new ParticipleCue(OneSentence.Cues).Find, sentence);

    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Ferry terminal opens", paragraphs);

    [Theory]
    [InlineData("As she left the town hall on Friday, Jane Roe thanked the crowd outside, saying: \"This is your harbour.\"", "Jane Roe")]
    [InlineData("When the vote was over, Jane Roe thanked her staff, adding: \"We did it together.\"", "Jane Roe")]
    [InlineData("After the vote, Jane Roe thanked her staff, saying: \"We did it together.\"", "Jane Roe")]
    [InlineData("Tras la votación, Ana Ruiz agradeció el apoyo recibido, afirmando: «Lo hemos logrado juntos».", "Ana Ruiz")]
    [InlineData("Dopo il voto, Marco Bassi ha ringraziato i volontari, dicendo: «Ce l'abbiamo fatta insieme».", "Marco Bassi")]
    [InlineData("Após a votação, Rui Lopes agradeceu aos voluntários, dizendo: «Conseguimos juntos».", "Rui Lopes")]
    [InlineData("Lors de sa visite, Marie Lenoir a salué les bénévoles, déclarant : « Nous avons réussi ensemble. »", "Marie Lenoir")]
    public void TheSubjectAfterTheOpeningsComma_SpeaksThroughTheParticiple(string sentence, string speaker)
        => Assert.Equal(speaker, Speaker(sentence));

    [Theory]
    // A name inside the opening clause is not the main clause's subject.
    [InlineData("As Tom Fox reached the quay, the shutters rose, revealing a banner: \"Save the harbour.\"")]
    // The main clause has no one who could speak.
    [InlineData("When the vote was over, the plan was backed, saying: \"We did it together.\"")]
    // The comma before the participle is the only one: there is no opening clause to pass.
    [InlineData("As the doors opened, saying: \"We did it together.\"")]
    public void NoSpeakerOutsideTheMainClause(string sentence)
        => Assert.Null(Speaker(sentence));

    [Fact]
    public void InAnArticle_TheChairmanThankingTheBuilders_IsTheSpeaker()
    {
        var speakers = Speakers(
            "Tom Fox, who chairs the harbour board, opened the new ferry terminal on Friday.",
            "Local traders had lobbied Mr Fox for the terminal since 2019. When the ribbon was cut, Mr Fox thanked the builders, saying: \"This is your harbour.\"");
        Assert.Equal("Tom Fox", speakers[0]);
    }
}
