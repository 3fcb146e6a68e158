namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// Occupations anyone may hold (farmer, fisherman, shopkeeper, pensioner, Olympian) are English role
/// nouns: before a name they describe it ("Farmer Tom Baker" is Tom Baker), and "the farmer" means
/// the one the article named so. They are holder-only roles: no one named so, no speaker (not the
/// last person named); the word before one is a place, not an employer.
/// </summary>
public sealed class OccupationRoleTests
{
    [Fact]
    public void AnOccupationOpeningTheName_IsNoPartOfIt()
        => Assert.Equal(
            new[] { "Tom Baker" },
            QuoteSpeakers.Under("Farm plan", "Farmer Tom Baker, who keeps sheep on the hill, told reporters the plan was \"badly drawn\"."));

    [Fact]
    public void TheOccupationLater_MeansWhomTheArticleNamedSo()
        => Assert.Equal(
            new[] { "Tom Baker", "Tom Baker" },
            QuoteSpeakers.Under("Farm plan", "\"The plan is badly drawn,\" said farmer Tom Baker. \"It cuts my land in two,\" the farmer added."));

    // Guards: an occupation no one was named by is no one; a surname spelt like one stays a name.
    [Fact]
    public void AnOccupationNoOneHolds_IsNoSpeaker()
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Farm plan", "Tom Baker spoke at the meeting. \"The plan is badly drawn,\" said the farmer."));

    [Theory]
    [InlineData("Jane Farmer chairs the board. \"We will vote no,\" said Mr Farmer.")]
    [InlineData("Ann Lee spoke first. \"We will vote no,\" Jane Farmer said.")]
    public void ASurnameSpeltLikeAnOccupation_IsStillAName(string paragraph)
        => Assert.Equal(new[] { "Jane Farmer" }, QuoteSpeakers.Under("Vote", paragraph));
}
