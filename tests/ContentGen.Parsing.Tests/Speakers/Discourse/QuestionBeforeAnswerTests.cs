namespace ContentGen.Parsing.Tests.Speakers.Discourse;

/// <summary>
/// The writer asks a question whose verb comes first and whose subject is a pronoun ("Was he
/// surprised?", "Bereut er es?", "Heeft hij spijt?"); the quote with no cue that answers it is the
/// person the pronoun means, not whoever spoke before.
/// </summary>
public sealed class QuestionBeforeAnswerTests
{
    [Theory]
    [InlineData("en", "Ruth Kemp has run the kiosk on the quay since 1990. Is she worried about the closure? \"Not at all, people will always want tea.\"", "Ruth Kemp")]
    [InlineData("en", "Jon Vale has trained the rowing crew for twenty years. Will he miss the river? \"Every single morning, I expect.\"", "Jon Vale")]
    [InlineData("de", "Anna Huber betreibt den Kiosk am Hafen seit 1990. Bereut sie den Schritt? „Keinen einzigen Tag, ich würde es wieder tun.“", "Anna Huber")]
    [InlineData("nl", "Ria Bakker runt de kiosk in de haven al sinds 1990. Heeft zij spijt? \"Geen moment, ik zou het zo weer doen.\"", "Ria Bakker")]
    public void AnAnswerAfterTheWritersQuestion_IsThePersonAsked(string language, string paragraph, string expected)
        => Assert.Equal(expected, ProbeArticle.LastSpeaker(language, paragraph));

    // Guard: a question about a group ("they") asks no one person.
    [Fact]
    public void AQuestionAboutAGroup_IsNotThePersonsAnswer()
        => Assert.NotEqual("Ruth Kemp", ProbeArticle.LastSpeaker("en", "Ruth Kemp has run the kiosk on the quay since 1990. Are they worried about the closure? \"Not at all, people will always want tea.\""));

    // Guard: a question with no pronoun leaves the quote to the earlier reading (the last speaker's
    // words going on), as before.
    [Fact]
    public void AQuestionWithNoPronoun_LeavesTheEarlierReading()
        => Assert.Equal("Tom Baker", ProbeArticle.LastSpeaker("en", "The kiosk has stood on the quay since 1990. Why close it now? \"Nobody could tell us, not even the council.\""));
}
