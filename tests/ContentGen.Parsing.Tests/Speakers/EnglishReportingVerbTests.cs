using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>Verbs English news reports words with, beyond the textacy and Gender Gap Tracker lists.</summary>
public sealed class EnglishReportingVerbTests
{
    [Theory]
    [InlineData("pledged")]
    [InlineData("pledges")]
    public void APledge_ReportsItsSubjectsWords(string verb)
        => Assert.Equal(
            new[] { "Tom Baker" },
            QuoteSpeakers.Under(
                "Baker sets out harbour plan",
                "Harbour leader Tom Baker set out his plans on Monday. And he " + verb + " the new quay would be a \"centrepiece\" of the plan."));
}
