using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// S9 across quotes that follow one another: a quote whose words end with a full stop ends its
/// sentence when another quote follows it, so each goes on with the speaker, and the cue after
/// the second is the second's alone.
/// </summary>
public sealed class QuoteAfterQuoteTests
{
    [Fact]
    public void AContinuationBeforeAQuoteWithItsOwnCue_GoesOnWithTheSpeaker()
        => Assert.Equal(
            new[] { "Tom Baker", "Tom Baker", "Tom Baker" },
            QuoteSpeakers.UnderHarbourPlan("Tom Baker, the council leader, backed the plan on Monday. \"The ferry is what the town needs,\" he said. \"Nobody can reach the islands in winter.\" \"We will start building in the spring,\" he said."));

    [Fact]
    public void ASecondContinuation_GoesOnWithTheSpeaker()
        => Assert.Equal(
            new[] { "Ursula Holm", "Ursula Holm", "Ursula Holm" },
            QuoteSpeakers.UnderHarbourPlan("\"Tourism was always our trade,\" said Ursula Holm, who chairs the traders' guild. \"We said so ten years ago. It is truer now.\" \"Nobody listened then. The council has come round at last.\" Harbour has since doubled its moorings."));

    [Fact]
    public void TheCueAfterTheSecondQuote_IsTheSecondsAlone()
        => Assert.Equal(
            new[] { "Tom Baker", "Tom Baker", "Jane Roe" },
            QuoteSpeakers.UnderHarbourPlan("\"The plan will go ahead,\" said Tom Baker. \"We backed it in the spring.\" \"We did not back it at all,\" said Jane Roe."));
}
