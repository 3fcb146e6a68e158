using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Someone unnamed speaking for an organisation: "he" later in the paragraph is that person,
/// whose words go to the organisation; a party's spokesman points back; an organisation may
/// own its noun by a possessive; the newspaper's own correspondent is no one quoted.
/// </summary>
public sealed class SpokespersonTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Cold calls row", paragraphs);

    [Fact]
    public void HeAfterAnUnnamedSpokesmanWhoToldReporters_IsTheSpokesman()
        => Assert.Equal(
            "Harbour Party",
            Speakers("Ann Lee had complained about the calls.", "A Harbour Party spokesman told the Gazette the party avoided those lists. But that did not happen for \"voter identification\" calls. \"When we ask which party they will vote for, that is not marketing,\" he said.")[1]);

    [Fact]
    public void APartysSpokesman_PointsBackToWhoeverWasNamed()
        => Assert.Equal(
            "Tom Fox",
            Speakers("Tom Fox spoke first. The Tory spokesman also criticised the government. \"The government had to publish a commentary of 500 pages,\" he said.")[0]);

    [Fact]
    public void AnOrganisationsSpokeswoman_WithTheArticle_SpeaksForIt()
        => Assert.Equal(
            "Harbour Centre",
            Speakers("The Harbour Centre spokeswoman said 8,500 cars had arrived. \"We predict that the next week will continue the same trend,\" she added.")[0]);

    [Theory]
    [InlineData("A spokesman for the Information Commissioner's Office said it would be classed as marketing. \"If a party was doing that then it may not be marketing,\" he said.", "Information Commissioner's Office")]
    [InlineData("Explaining why, the Harbour Trade Representative's Office said that it wants to tackle the issue \"early in the process\".", "Harbour Trade Representative's Office")]
    public void APossessiveBeforeAnOrganisationsNoun_IsPartOfItsName(string paragraph, string speaker)
        => Assert.Equal(speaker, Speakers(paragraph)[0]);

    [Theory]
    [InlineData("Tom Fox spoke. Privately ministers believe this will be the \"less painful\" option, our correspondent added.")]
    [InlineData("Tom Fox spoke. \"Ministers believe this is the less painful option,\" our correspondent said.")]
    public void OurCorrespondent_IsNoOneQuoted(string paragraph)
        => Assert.Null(Speakers(paragraph)[0]);

    [Fact]
    public void ACorrespondentInAnAppositive_DescribesTheNameBeforeIt()
        => Assert.Equal(
            "Carol Hale",
            Speakers("Carol Hale, Harbour News political correspondent, added: \"There is a real concern that this could undermine the campaign.\"")[0]);
}
