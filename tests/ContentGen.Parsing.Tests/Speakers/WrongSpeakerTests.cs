using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Classes of wrong speakers, each turned into none or the right one: a listener, a document
/// noun read as a verb, a title's complement, a person read as an organisation.
/// </summary>
public sealed class WrongSpeakerTests
{
    // The comma between the name and "told" is the writer's slip: the name spoke, the agency listened.
    [Fact]
    public void WhoFollowsTold_Listened_EvenAfterAComma()
        => Assert.Equal(
            new string?[] { "Selma Dogan" },
            QuoteSpeakers.UnderHarbourPlan("\"If you have put money aside it will be worth less overnight,\" shop owner Selma Dogan, told Associated Press."));

    [Fact]
    public void WhoFollowsAsked_StillAsked()
        => Assert.Equal(new[] { "Tom Baker" }, QuoteSpeakers.UnderHarbourPlan("\"Who will pay for the wall in the end?\" asked Tom Baker."));

    [Theory]
    [InlineData("Ian Vale said the HPI report was \"far less grim\" than it first looked.")]
    [InlineData("Ian Vale said Acme's report was \"far less grim\" than it first looked.")]
    public void AReportingVerbThatIsADocumentsNoun_AfterAnArticleOrPossessive_IsTheNoun(string paragraph)
        => Assert.Equal(new[] { "Ian Vale" }, QuoteSpeakers.UnderHarbourPlan(paragraph));

    [Fact]
    public void ATitlesComplement_IsAPlace_NotTheSpeakersName()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.UnderHarbourPlan("\"What example does it set for the town when the councillors quarrel?\" the Labour MP for Harbourbank asked."));

    [Fact]
    public void APersonAfterAnOrganisationNounAndAVerb_IsNoOrganisation_NorTheSpeaker()
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.UnderHarbourPlan("The company said Mr Hollis would bring \"sweeping changes to the way the wards are run\"."));
}
