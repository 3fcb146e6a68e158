using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Classes of wrong speakers, each turned into none or the right one: a listener, a document
/// noun read as a verb, a title's complement, a person read as an organisation.
/// </summary>
public sealed class WrongSpeakerTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Harbour plan approved", paragraphs);

    [Fact]
    public void WhoFollowsTold_Listened_EvenAfterAComma()
        => Assert.Equal(
            new string?[] { null },
            Speakers("\"If a person has savings this will suddenly look smaller,\" shop owner Hayriye Evren, told Associated Press."));

    [Fact]
    public void WhoFollowsAsked_StillAsked()
        => Assert.Equal(new[] { "Tom Baker" }, Speakers("\"Who will pay for the wall in the end?\" asked Tom Baker."));

    [Theory]
    [InlineData("Ian Shepherdson said the PPI report was \"much less alarming\" than at first glance.")]
    [InlineData("Ian Shepherdson said Acme's report was \"much less alarming\" than at first glance.")]
    public void AReportingVerbThatIsADocumentsNoun_AfterAnArticleOrPossessive_IsTheNoun(string paragraph)
        => Assert.Equal(new[] { "Ian Shepherdson" }, Speakers(paragraph));

    [Fact]
    public void ATitlesComplement_IsAPlace_NotTheSpeakersName()
        => Assert.Equal(
            new string?[] { null },
            Speakers("\"What sort of model does it give to the nation when the leaders fight?\" the Labour MP for Birkenhead asked."));

    [Fact]
    public void APersonAfterAnOrganisationNounAndAVerb_IsNoOrganisation_NorTheSpeaker()
        => Assert.Equal(
            new string?[] { null },
            Speakers("The company said Mr Patterson would make \"substantial changes to the clinical organisation\"."));
}
