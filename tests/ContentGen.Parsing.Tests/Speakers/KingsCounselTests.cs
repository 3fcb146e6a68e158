namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// "KC" (King's Counsel) after a barrister's name ends the name, as "QC" and "MP" do (lexicon
/// <c>PostNominals</c>). Before, the speaker was "Rachel Vane KC".
/// </summary>
public sealed class KingsCounselTests
{
    [Fact]
    public void KcAfterAName_IsNoPartOfIt()
        => Assert.Equal(
            new[] { "Rachel Vane" },
            QuoteSpeakers.Under("Quay inquiry", "\"The plan was never tested,\" said Rachel Vane KC, for the families."));

    // Guard: a word of capitals that is no post-nominal stays in the run as before.
    [Fact]
    public void AnotherAcronymAfterAName_IsReadAsBefore()
        => Assert.Equal(
            new[] { "Harbour Trust" },
            QuoteSpeakers.Under("Quay inquiry", "\"The plan was never tested,\" said the Harbour Trust."));
}
