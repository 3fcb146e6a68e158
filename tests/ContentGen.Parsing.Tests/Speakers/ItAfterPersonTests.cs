namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "It added:" means an organisation only while a body was the last to speak or be the subject: after a
/// person's letter or statement it is not the company named paragraphs before. After the body spoke, or
/// after its board was the subject, "it" is the body.
/// </summary>
public sealed class ItAfterPersonTests
{
    [Fact]
    public void ItAfterAPersonsLetter_IsNotTheCompany()
        => Assert.DoesNotContain("Quillby", QuoteSpeakers.Under(
            "Quillby cuts jobs",
            LanguageLeads.For("en"),
            "Quillby, the Leeds-based maker of ovens, said on Thursday it would cut 600 jobs. \"We have no choice,\" it said.",
            "Chief executive Nadia Threlfall told analysts the decision was painful. \"Nobody wanted this,\" she said.",
            "In a letter to staff, Threlfall said volunteers would be sought first. \"Where we can avoid forcing people out, we will,\" the letter said. It added: \"Nobody will leave without support.\"").Skip(2));

    [Fact]
    public void ItAfterTheBodysBoardWasTheSubject_IsTheBody()
        => Assert.Equal("Quillby", QuoteSpeakers.Under(
            "Quillby cuts jobs",
            LanguageLeads.For("en"),
            "Quillby, the Leeds-based maker of ovens, said on Thursday it would cut 600 jobs.",
            "Chief executive Nadia Threlfall told analysts the decision was painful. \"Nobody wanted this,\" she said.",
            "The board of Quillby halved the dividend. \"A lower payout is prudent,\" it said.").Last());
}
