using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Who the subject of a report is when the phrase before the verb is not a plain name: a
/// pronoun reported by someone named, an appositive or relative clause the writer never
/// closed, a role's brief before the name, a conjunction before a colon's clause, and a passive.
/// </summary>
public sealed class ReportedSubjectTests
{
    [Fact]
    public void APronounReportedBySomeoneNamed_IsThatPersonsWords()
        => Assert.Equal(
            "Ann Lee",
            QuoteSpeakers.UnderHarbourPlan("Tom Fox opened the debate. Meanwhile Ann Lee said she hoped \"that the harbour towns would gain\" from it.")[0]);

    [Fact]
    public void APronounAfterThat_IsReportedByTheNameToo()
        => Assert.Equal(
            "Ann Lee",
            QuoteSpeakers.UnderHarbourPlan("Tom Fox opened the debate. Ann Lee said that she believed the plan was \"a real step forward\".")[0]);

    [Theory]
    [InlineData("Matt Hale, a fund manager at Harbour Trustees said the stake \"is surely the first move towards a bid\".")]
    [InlineData("Matt Hale, the fund manager said the stake \"is surely the first move towards a bid\".")]
    public void AnAppositiveNeverClosed_DescribesTheNameBeforeIt(string paragraph)
        => Assert.Equal("Matt Hale", QuoteSpeakers.UnderHarbourPlan(paragraph)[0]);

    [Fact]
    public void ARoleAfterANameAndAComma_BeforeAColon_IsAnAppositiveNeverClosed()
        => Assert.Equal(
            "Mark Hale",
            QuoteSpeakers.UnderHarbourPlan("Jorg Vale spoke first.", "Mark Hale, the leader of the Harbour and Vale Services Union said: \"In the spring we were told the cuts were over, and they were not.\"")[0]);

    [Fact]
    public void ARoleAloneAfterANameAndAComma_IsTheSubject()
        => Assert.Equal(
            "Kate Hale",
            QuoteSpeakers.UnderHarbourPlan("Kate Hale won.", "Answering a remark by chairman Tim Vale, the American said: \"I find it hurtful that the prize fund would be cut.\"")[0]);

    [Theory]
    [InlineData("But Harbour Treasury Under-Secretary John Hale said the plan \"could not be supported\".", "John Hale")]
    [InlineData("\"It is fine,\" said Jean-Pierre Hale.", "Jean-Pierre Hale")]
    public void ACompoundTitleInCapitals_IsNoPartOfTheName(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.UnderHarbourPlan(paragraph)[0]);

    // Someone unnamed, given by the description since session 12; never the place before the comma.
    [Fact]
    public void ARoleAfterAPlaceAndAComma_IsSomeoneUnnamed_NotThePlace()
        => Assert.Equal("trader", QuoteSpeakers.UnderHarbourPlan("Shares slid in Harbourtown, a trader at Acme said the news was \"a shock to everyone on the floor\".")[0]);

    [Fact]
    public void ANameInsideARelativeClauseNeverClosed_IsNoSubject()
        => Assert.Null(QuoteSpeakers.UnderHarbourPlan("Ann Lee is leaving. The 28-year-old host who now fronts Harbour Nights said she wanted \"fresh radio work\".")[0]);

    [Fact]
    public void TheNameBeforeARelativeClauseNeverClosed_IsTheSubject()
        => Assert.Equal("Tom Fox", QuoteSpeakers.UnderHarbourPlan("Tom Fox, who chairs the Harbour Committee said it was \"a mess\".")[0]);

    [Theory]
    [InlineData("Ann Lee will return. Harbour director of rugby Tom Fox said: \"She is fit and we hope to start her.\"")]
    [InlineData("Ann Lee will return. But Harbour director of rugby Tom Fox said: \"She is fit and we hope to start her.\"")]
    [InlineData("Ann Lee will return. \"She is fit and we hope to start her,\" said Harbour director of rugby Tom Fox.")]
    [InlineData("Ann Lee will return. \"She is fit and we hope to start her,\" said the minister for sport Tom Fox.")]
    public void ARolesBriefInLowerCase_StandsBeforeTheName(string paragraph)
        => Assert.Equal("Tom Fox", QuoteSpeakers.UnderHarbourPlan(paragraph)[0]);

    [Fact]
    public void AnImpersonalPassive_ReportsNoOne()
        => Assert.Null(QuoteSpeakers.UnderHarbourPlan("The Harbour Council reviewed pensions. It is thought the review could tie pensions to a \"lifetime average\" wage.")[0]);

    [Fact]
    public void AnOrganisationReporting_IsWhoseWordsTheNextQuoteAre()
        => Assert.Equal(
            new[] { "Harbour Council" },
            QuoteSpeakers.UnderHarbourPlan("In a statement, the Harbour Council said it was reviewing the scheme. \"Staff will be asked for their views before anything changes.\""));
}
