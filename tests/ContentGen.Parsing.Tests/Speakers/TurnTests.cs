using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Whose turn a quote with no cue is: the last speaker's, until a sentence names someone else
/// as its subject; then that person's, when the quote follows right after.
/// </summary>
public sealed class TurnTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Harbour awards night", paragraphs);

    [Fact]
    public void SomeoneElseAsTheSubjectJustBefore_TakesTheQuote()
        => Assert.Equal(
            new[] { "Mike Harbour", "Jamie Fox" },
            Speakers("\"It is a privilege to have been allowed the freedom,\" said Mike Harbour. Best actor Jamie Fox could not make the ceremony, but his sister read out his speech. \"I am honoured and proud to receive this award.\""));

    [Fact]
    public void SomeoneElseAsASubjectEarlier_EndsTheLastSpeakersTurn()
        => Assert.Equal(
            new string?[] { "Mike Harbour", null },
            Speakers("\"It is a privilege to have been allowed the freedom,\" said Mike Harbour. Jamie Fox could not make the ceremony. The hall was full all night. \"I am honoured and proud to receive this award.\""));

    [Fact]
    public void TheSameSpeakerAsTheSubject_GoesOnSpeaking()
        => Assert.Equal(
            new[] { "Mike Harbour", "Mike Harbour" },
            Speakers("\"It is a privilege to have been allowed the freedom,\" said Mike Harbour. Mr Harbour then thanked the cast. \"I am honoured and proud to receive this award.\""));

    [Fact]
    public void AnOrganisationAsTheSubject_TakesNoTurn()
        => Assert.Equal(
            new[] { "Mike Harbour", "Mike Harbour", "Mike Harbour" },
            Speakers("\"He would be perfect for that job,\" said Mike Harbour. \"He fits the bill because of his knowledge of the team.\" The Harbour Football Association has appointed a caretaker for the friendly. \"He is a real football person.\""));

    [Theory]
    [InlineData("Princes Tom and Harry said they are \"very happy\" for the couple.")]
    [InlineData("Ann Lee and Tom Fox said the pledges were \"worthless\".")]
    public void TwoJoinedSubjects_AreNoOneSpeaker(string paragraph)
        => Assert.Null(Speakers(paragraph)[0]);

    [Fact]
    public void TwoJoinedPlacesAfterATitle_PointBackToItsHolder()
        => Assert.Equal(
            new[] { "Tom Fox", "Tom Fox" },
            Speakers("Former minister Tom Fox said the bill was \"largely unnecessary\". But the Tory MP for Harbourtown and North Vale admitted the role \"cannot be frozen in aspic\"."));

    [Fact]
    public void AJoinedTitleBeforeARole_LeavesTheName()
        => Assert.Equal("Tom Fox", Speakers("Last week Fools and Horses star Tom Fox criticised television for being \"too safe and too cheap\".")[0]);

    [Fact]
    public void ARunEndingInACompoundRole_PointsBackToItsHolder()
        => Assert.Equal(
            new[] { "Tom Fox", "Tom Fox" },
            Speakers("Tory Tom Fox said his party offered a \"clear choice\" on the issue. The Conservative Party Co-Chairman said the government had \"done nothing for eight years\"."));

    [Fact]
    public void ASurnameThatIsARoleNoun_StaysAName()
        => Assert.Equal("Simon Champion", Speakers("\"The issue had been an ongoing one,\" says Harbour Bank's Simon Champion.")[0]);
}
