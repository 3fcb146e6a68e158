using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// The languages a line's function words lean to, read once on the block's counts (the particle rule for headings and the
/// reader-words rule for decks both ask it): the lexicons with the most hits, each of a tie, none for a line with none.
/// </summary>
public sealed class LanguageCountsLeadingTests
{
    [Fact]
    public void TheLexiconsWithTheMostHits_Lead()
        => Assert.Equal((1 << 1) | (1 << 2), new LanguageCounts(new[] { 0, 2, 2, 1, 0, 0, 0 }).Leading);

    [Fact]
    public void OneLexicon_Leads()
        => Assert.Equal(1 << 6, new LanguageCounts(new[] { 1, 0, 0, 0, 0, 0, 3 }).Leading);

    [Fact]
    public void ALineWithNoHit_LeansToNone()
        => Assert.Equal(0, new LanguageCounts(new int[7]).Leading);
}
