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
                "Tom Baker toured the docks on Monday with his engineers. He " + verb + " that the quay would reopen \"before the herring season\"."));
}
