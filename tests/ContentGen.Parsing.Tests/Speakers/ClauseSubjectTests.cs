using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Whose clause stands before a colon or a cue: a name that goes on through a preposition to an
/// owner, a relative clause between commas, and a compound epithet before a name.
/// </summary>
public sealed class ClauseSubjectTests
{
    [Fact]
    public void ANameGoingOnToAnOwner_IsNoSubject_TheOwnedNameIs()
        => Assert.Equal("Ann Lee", QuoteSpeakers.UnderHarbourPlan("Campaign groups met. War on Waste's Ann Lee said: \"The plan ignores the reality of the coast.\"")[0]);

    [Theory]
    [InlineData("Tom Fox on Sunday dismissed the claims, saying: \"I dealt with this months ago.\"", "Tom Fox")]
    [InlineData("As Tom Fox of the harbour website put it: \"Few towns will ever get a pier this good.\"", "Tom Fox")]
    public void APrepositionAfterTheSubject_ThatReachesNoOwner_LeavesItTheSubject(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.UnderHarbourPlan(paragraph)[0]);

    [Fact]
    public void ARelativeClauseBetweenCommas_DescribesNoOne()
        => Assert.Equal(
            "Ann Lee",
            QuoteSpeakers.UnderHarbourPlan("Ann Lee spoke at the launch. In an article for the Gazette, Ms Lee, who chairs the Harbour Select Committee, says: \"Small changes increase the risk.\"")[0]);

    [Theory]
    [InlineData("\"I am very disappointed with the result,\" said Fly-half Tom Fox.", "Tom Fox")]
    [InlineData("Man-of-the-match Tom Fox said: \"It is a special moment for the club.\"", "Tom Fox")]
    public void ACompoundEpithetBeforeAName_IsNoPartOfIt(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.UnderHarbourPlan(paragraph)[0]);

    [Fact]
    public void ACompoundEpithetAlone_NamesNoOne()
        => Assert.Null(QuoteSpeakers.UnderHarbourPlan("The Harbour-based rower spoke. Harbour-based said: \"The honour is important to my family.\"")[0]);
}
