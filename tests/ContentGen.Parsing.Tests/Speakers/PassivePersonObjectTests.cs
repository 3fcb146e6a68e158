using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A passive of a verb whose object is a person ("is accused of", "was criticised for") makes its
/// subject whom the words are about, not who said them: with no agent, the quote has no speaker.
/// "Was asked" is left alone (whoever was asked answers next), as are the active verb, a passive in
/// a relative clause before the name's own verb, and a verb whose object is no person.
/// </summary>
public sealed class PassivePersonObjectTests
{
    private static string? SpeakerOf(string sentence)
        => Assert.Single(ArticleParser.Parse("Harbour fraud trial\n\nThe trial opened in Eastport on Monday.\n\n" + sentence).Quotes).Speaker;

    [Theory]
    [InlineData("Tom Lake, 52, is accused of \"hiding\" the losses from the board.")]
    [InlineData("Jane Roe was criticised for her \"reckless\" handling of the accounts.")]
    [InlineData("Tom Lake has been warned the plan is \"doomed\".")]
    public void ThePassivesSubject_IsNoSpeaker(string sentence) => Assert.Null(SpeakerOf(sentence));

    [Theory]
    [InlineData("Tom Lake accused the board of \"hiding\" the losses.", "Tom Lake")]
    [InlineData("Tom Lake warned that the plan was \"reckless\".", "Tom Lake")]
    [InlineData("Jane Roe, who was criticised last year, said the plan was \"sound\".", "Jane Roe")]
    [InlineData("Tom Lake is said to have called the audit \"a farce\".", "Tom Lake")]
    public void TheActiveVerb_OrAnotherVerb_KeepsItsSpeaker(string sentence, string speaker) => Assert.Equal(speaker, SpeakerOf(sentence));

    [Fact]
    public void WhoeverWasAsked_AnswersNext()
    {
        var article = ArticleParser.Parse("Harbour fraud trial\n\nThe trial opened in Eastport on Monday.\n\n"
            + "Tom Lake was asked if he would stay on the board. \"I will stay until the spring and then we will see.\"");

        Assert.Equal("Tom Lake", Assert.Single(article.Quotes).Speaker);
    }
}
