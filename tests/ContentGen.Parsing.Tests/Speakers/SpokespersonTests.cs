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
            Speakers("Ann Lee had complained about the calls.", "A Harbour Party spokesman told the Gazette the party kept away from those numbers. Yet that was not true of \"turnout check\" calls. \"When we ask whether people mean to vote at all, that is no sales pitch,\" he said.")[1]);

    [Fact]
    public void APartysSpokesman_PointsBackToWhoeverWasNamed()
        => Assert.Equal(
            "Tom Fox",
            Speakers("Tom Fox spoke first. The Tory spokesman also attacked the council. \"The council had to print a guide of 300 pages,\" he said.")[0]);

    [Fact]
    public void AnOrganisationsSpokeswoman_WithTheArticle_SpeaksForIt()
        => Assert.Equal(
            "Harbour Centre",
            Speakers("The Harbour Centre spokeswoman said 6,200 vans had come in. \"We expect the coming fortnight to look much the same,\" she added.")[0]);

    [Theory]
    [InlineData("A spokesman for the Harbour Registrar's Office said it would count as advertising. \"If a club sent such letters it might not be advertising,\" he said.", "Harbour Registrar's Office")]
    [InlineData("Explaining the delay, the Harbour Trade Representative's Office said that it plans to settle the matter \"well before the summer\".", "Harbour Trade Representative's Office")]
    public void APossessiveBeforeAnOrganisationsNoun_IsPartOfItsName(string paragraph, string speaker)
        => Assert.Equal(speaker, Speakers(paragraph)[0]);

    [Theory]
    [InlineData("Tom Fox spoke. Behind closed doors officials think this is the \"cheaper\" route, our correspondent added.")]
    [InlineData("Tom Fox spoke. \"Officials think this is the cheaper route,\" our correspondent said.")]
    public void OurCorrespondent_IsNoOneQuoted(string paragraph)
        => Assert.Null(Speakers(paragraph)[0]);

    [Fact]
    public void ACorrespondentInAnAppositive_DescribesTheNameBeforeIt()
        => Assert.Equal(
            "Carol Hale",
            Speakers("Carol Hale, Harbour News political correspondent, added: \"There is a worry that this might slow the whole plan down.\"")[0]);
}
