using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Who the subject of a report is when the phrase before the verb is not a plain name: a
/// pronoun reported by someone named, an appositive or relative clause the writer never
/// closed, a role's brief before the name, a conjunction before a colon's clause, and a passive.
/// </summary>
public sealed class ReportedSubjectTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Harbour plan approved", paragraphs);

    [Fact]
    public void APronounReportedBySomeoneNamed_IsThatPersonsWords()
        => Assert.Equal(
            "Ann Lee",
            Speakers("Tom Fox opened the debate. Meanwhile Ann Lee said she hoped \"that the people of the coast would benefit\" from it.")[0]);

    [Fact]
    public void APronounAfterThat_IsReportedByTheNameToo()
        => Assert.Equal(
            "Ann Lee",
            Speakers("Tom Fox opened the debate. Ann Lee said that she believed the plan was \"a real step forward\".")[0]);

    [Theory]
    [InlineData("Matt Hale, a fund manager at Harbour Trustees said the stake \"is definitely a precursor to a takeover\".")]
    [InlineData("Matt Hale, the fund manager said the stake \"is definitely a precursor to a takeover\".")]
    public void AnAppositiveNeverClosed_DescribesTheNameBeforeIt(string paragraph)
        => Assert.Equal("Matt Hale", Speakers(paragraph)[0]);

    [Fact]
    public void ARoleAfterANameAndAComma_BeforeAColon_IsAnAppositiveNeverClosed()
        => Assert.Equal(
            "Mark Hale",
            Speakers("Jorg Vale spoke first.", "Mark Hale, the leader of the Harbour and Vale Services Union said: \"In last year's budget we had the day of the long knives.\"")[0]);

    [Fact]
    public void ARoleAloneAfterANameAndAComma_IsTheSubject()
        => Assert.Equal(
            "Lindsay Hale",
            Speakers("Lindsay Hale won.", "Reacting to a comment by chairman Tim Vale, the American said: \"I think it is highly insulting if prize money is taken away.\"")[0]);

    [Theory]
    [InlineData("But Harbour Treasury Under-Secretary John Hale said the plan \"could not be supported\".", "John Hale")]
    [InlineData("\"It is fine,\" said Jean-Pierre Hale.", "Jean-Pierre Hale")]
    public void ACompoundTitleInCapitals_IsNoPartOfTheName(string paragraph, string speaker)
        => Assert.Equal(speaker, Speakers(paragraph)[0]);

    [Fact]
    public void ARoleAfterAPlaceAndAComma_NamesNoOne()
        => Assert.Null(Speakers("Shares fell in Harbourtown, a trader at Acme said the move was \"a big surprise to the market\".")[0]);

    [Fact]
    public void ANameInsideARelativeClauseNeverClosed_IsNoSubject()
        => Assert.Null(Speakers("Ann Lee is leaving. The 28-year-old host who also presents Harbour Nights said she wanted \"new television projects\".")[0]);

    [Fact]
    public void TheNameBeforeARelativeClauseNeverClosed_IsTheSubject()
        => Assert.Equal("Tom Fox", Speakers("Tom Fox, who chairs the Harbour Committee said it was \"a mess\".")[0]);

    [Theory]
    [InlineData("Ann Lee will return. Harbour director of rugby Tom Fox said: \"She is fine and we hope to get her on.\"")]
    [InlineData("Ann Lee will return. But Harbour director of rugby Tom Fox said: \"She is fine and we hope to get her on.\"")]
    [InlineData("Ann Lee will return. \"She is fine and we hope to get her on,\" said Harbour director of rugby Tom Fox.")]
    [InlineData("Ann Lee will return. \"She is fine and we hope to get her on,\" said the minister for sport Tom Fox.")]
    public void ARolesBriefInLowerCase_StandsBeforeTheName(string paragraph)
        => Assert.Equal("Tom Fox", Speakers(paragraph)[0]);

    [Fact]
    public void AnImpersonalPassive_ReportsNoOne()
        => Assert.Null(Speakers("The Harbour Council reviewed pensions. It is thought the overhaul could base pensions on a \"career average\" salary.")[0]);

    [Fact]
    public void AnOrganisationReporting_IsWhoseWordsTheNextQuoteAre()
        => Assert.Equal(
            new[] { "Harbour Council" },
            Speakers("In a statement, the Harbour Council said it was reviewing the scheme. \"Unions will of course be consulted about any change.\""));
}
