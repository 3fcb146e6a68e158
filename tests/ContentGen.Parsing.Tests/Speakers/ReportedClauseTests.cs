using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A sentence opened by a conjunction and a complementiser ("And that he wants …") is one more
/// clause of the report in the sentence before, and its quote is the same speaker's.
/// </summary>
public sealed class ReportedClauseTests
{
    [Theory]
    [InlineData("He will say the Greens \"stand for the same things\" as voters. And that he wants to build a \"fairer harbour\" for all.")]
    [InlineData("He will say the party can \"win again\". And that Mr Roe is \"ready to lead\" the council.")]
    public void AReportedClauseOpeningASentence_IsTheSpeakerBefore(string paragraph)
        => Assert.Equal(
            new[] { "Tom Roe", "Tom Roe" },
            QuoteSpeakers.Under("Roe pitches for votes", "Tom Roe is to make a pitch for votes on Monday.", paragraph));

    [Theory]
    // "that" as a pronoun, not a complementiser.
    [InlineData("He will say the Greens \"stand for the same things\" as voters. And that is why the plan is \"dead\" now.")]
    // Someone else spoke between.
    [InlineData("He will say the Greens \"stand for the same things\" as voters. Critics disagree. And that he wants to build a \"fairer harbour\" for all.")]
    public void NoReportedClause_GivesNoOne(string paragraph)
        => Assert.Null(QuoteSpeakers.Under("Roe pitches for votes", "Tom Roe is to make a pitch for votes on Monday.", paragraph)[1]);
}
