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
            new[] { "Mike Harbour", "Dan Fox" },
            Speakers("\"It is a joy to be trusted with a story like this,\" said Mike Harbour. Best actor Dan Fox could not attend the dinner, but his sister read his note. \"I wish I could be there to hold this prize myself.\""));

    [Fact]
    public void SomeoneElseAsASubjectEarlier_EndsTheLastSpeakersTurn()
        => Assert.Equal(
            new string?[] { "Mike Harbour", null },
            Speakers("\"It is a joy to be trusted with a story like this,\" said Mike Harbour. Dan Fox could not attend the dinner. The room stayed full until late. \"I wish I could be there to hold this prize myself.\""));

    [Fact]
    public void TheSameSpeakerAsTheSubject_GoesOnSpeaking()
        => Assert.Equal(
            new[] { "Mike Harbour", "Mike Harbour" },
            Speakers("\"It is a joy to be trusted with a story like this,\" said Mike Harbour. Mr Harbour then thanked the crew. \"I wish I could be there to hold this prize myself.\""));

    [Fact]
    public void AnOrganisationAsTheSubject_TakesNoTurn()
        => Assert.Equal(
            new[] { "Mike Harbour", "Mike Harbour", "Mike Harbour" },
            Speakers("\"He would be ideal for the post,\" said Mike Harbour. \"He knows the squad inside out.\" The Harbour Football Association has named a stand-in for the cup tie. \"He lives and breathes the game.\""));

    [Theory]
    [InlineData("Princes Tom and Sam said they are \"thrilled\" for the pair.")]
    [InlineData("Ann Lee and Tom Fox said the pledges were \"worthless\".")]
    public void TwoJoinedSubjects_AreNoOneSpeaker(string paragraph)
        => Assert.Null(Speakers(paragraph)[0]);

    [Fact]
    public void TwoJoinedPlacesAfterATitle_PointBackToItsHolder()
        => Assert.Equal(
            new[] { "Tom Fox", "Tom Fox" },
            Speakers("Former minister Tom Fox said the bill was \"mostly pointless\". But the Tory MP for Harbourtown and North Vale admitted the office \"cannot stay the same for ever\"."));

    [Fact]
    public void AJoinedTitleBeforeARole_LeavesTheName()
        => Assert.Equal("Tom Fox", Speakers("Last week Crabs and Lobsters star Tom Fox criticised radio for being \"too bland and too cheap\".")[0]);

    [Fact]
    public void ARunEndingInACompoundRole_PointsBackToItsHolder()
        => Assert.Equal(
            new[] { "Tom Fox", "Tom Fox" },
            Speakers("Tory Tom Fox said his party gave voters a \"real option\" on the ferries. The Conservative Party Co-Chairman said the council had \"sat on its hands for six years\"."));

    [Fact]
    public void ASurnameThatIsARoleNoun_StaysAName()
        => Assert.Equal("Mark Champion", Speakers("\"The problem had dragged on for months,\" says Harbour Bank's Mark Champion.")[0]);
}
