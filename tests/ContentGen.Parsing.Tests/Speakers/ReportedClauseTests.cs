using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// A sentence opened by a conjunction and a complementiser ("And that he wants …") is one more
/// clause of the report in the sentence before, and its quote is the same speaker's.
/// </summary>
public sealed class ReportedClauseTests
{
    [Theory]
    [InlineData("He will say Conservatives \"share the same values\" as voters. And that he wants to build a \"better Britain\" for all.")]
    [InlineData("He will say the party can \"win again\". And that Mr Howard is \"ready to lead\" the country.")]
    public void AReportedClauseOpeningASentence_IsTheSpeakerBefore(string paragraph)
        => Assert.Equal(
            new[] { "Michael Howard", "Michael Howard" },
            QuoteSpeakers.Under("Howard pitches for votes", "Michael Howard is to make a pitch for votes on Monday.", paragraph));

    [Theory]
    // "that" as a pronoun, not a complementiser.
    [InlineData("He will say Conservatives \"share the same values\" as voters. And that is why the plan is \"dead\" now.")]
    // Someone else spoke between.
    [InlineData("He will say Conservatives \"share the same values\" as voters. Critics disagree. And that he wants to build a \"better Britain\" for all.")]
    public void NoReportedClause_GivesNoOne(string paragraph)
        => Assert.Null(QuoteSpeakers.Under("Howard pitches for votes", "Michael Howard is to make a pitch for votes on Monday.", paragraph)[1]);
}
