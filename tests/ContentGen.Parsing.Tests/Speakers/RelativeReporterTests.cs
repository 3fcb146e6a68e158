using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A reporting verb right before a quote whose subject is a relative pronoun ("people who feel
/// 'taken for granted' by Tony Blair") gives the words to whom the relative means: the agent
/// after the quote did something to them, and said nothing.
/// </summary>
public sealed class RelativeReporterTests
{
    [Theory]
    [InlineData("Michael Howard wants people who feel \"taken for granted\" by Tony Blair to vote Conservative.")]
    [InlineData("Voters who felt \"let down\" by the Green Party stayed at home.")]
    public void AQuoteReportedByARelative_IsNoAgentsWords(string paragraph)
        => Assert.Null(QuoteSpeakers.Under("Howard pitches for votes", paragraph)[0]);

    [Fact]
    public void AQuoteReportedByARelative_LeavesTheSubjectSalient()
        => Assert.Equal(
            "Michael Howard",
            QuoteSpeakers.Under(
                "Howard pitches for votes",
                "Michael Howard is to make a pitch for the ethnic vote, urging people who feel \"taken for granted\" by Tony Blair to vote Conservative.",
                "He will say Conservatives \"share the same values\" as the UK's minorities.")[1]);

    [Theory]
    [InlineData("The plan was branded \"reckless\" by the Green Party.", "Green Party")]
    [InlineData("The plan, branded \"reckless\" by the Green Party, was dropped.", "Green Party")]
    public void APassiveThatReports_StillGivesItsAgent(string paragraph, string speaker)
        => Assert.Equal(speaker, QuoteSpeakers.Under("Plan dropped", paragraph)[0]);
}
