using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A reporting verb right before a quote whose subject is a relative pronoun ("people who feel
/// 'left behind' by Tom Fox") gives the words to whom the relative means: the agent
/// after the quote did something to them, and said nothing.
/// </summary>
public sealed class RelativeReporterTests
{
    [Theory]
    [InlineData("Jane Roe wants people who feel \"left behind\" by Tom Fox to vote Green.")]
    [InlineData("Voters who felt \"let down\" by the Green Party stayed at home.")]
    public void AQuoteReportedByARelative_IsNoAgentsWords(string paragraph)
        => Assert.Null(QuoteSpeakers.Under("Roe courts the coast", paragraph)[0]);

    [Fact]
    public void AQuoteReportedByARelative_LeavesTheSubjectSalient()
        => Assert.Equal(
            "Jane Roe",
            QuoteSpeakers.Under(
                "Roe courts the coast",
                "Jane Roe is to court the fishing towns, urging people who feel \"left behind\" by Tom Fox to vote Green.",
                "She will say the Greens \"stand up for the harbours\" as no other party has.")[1]);

    [Theory]
    [InlineData("The plan was branded \"reckless\" by the Green Party.", "Green Party")]
    [InlineData("The plan, branded \"reckless\" by the Green Party, was dropped.", "Green Party")]
    public void APassiveThatReports_StillGivesItsAgent(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Plan dropped", paragraph)[0]);
}
