namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// An athlete's noun after a place or club opening the sentence ("The Lakeside runner set a
/// record") is a role, so the place is nobody; a later epithet or pronoun means the athlete named
/// before. The nouns are in the English lexicon's role nouns.
/// </summary>
public sealed class AthleteRoleTests
{
    private const string Race = "Dan Hollis took the cross-country title at Lakeside on Saturday.";

    [Theory]
    [InlineData(Race + " The North Wales runner finished ten seconds clear of the field. \"The mud suited me,\" said the 27-year-old.")]
    [InlineData(Race + " The Eastfield Harriers hurdler ran his best time of the winter. \"The mud suited me,\" he said.")]
    public void APlaceBeforeAnAthletesNoun_IsNoSpeaker(string paragraph)
        => Assert.Equal(new[] { "Dan Hollis" }, QuoteSpeakers.Under("Hollis wins at Lakeside", paragraph));

    // Guard: a role noun after a name still leaves a named speaker named.
    [Fact]
    public void ANamedRunner_IsStillNamed()
        => Assert.Equal(
            new[] { "Amy Cole" },
            QuoteSpeakers.Under("Cole wins at Lakeside", "\"The mud suited me,\" said runner Amy Cole after the race."));

    // Guards: an athlete's noun that the article gave no one means no one, not the last person named
    // (the batsman, the rival); a compound that ends in one ("front-runner") is not that role either.
    [Theory]
    [InlineData("Kit Moran hit ninety runs for Northbay at the seaside ground. \"The pitch was quick all day,\" said the bowler, who took four wickets.")]
    [InlineData("Kit Moran came fifth in the mile at the harbour games. \"The last lap was hard,\" said the runner who won it.")]
    [InlineData("Kit Moran is six points behind in the race to lead the harbour board. \"Nothing is won yet,\" said the front-runner.")]
    public void AnAthletesNounNoOneHolds_IsNoSpeaker(string paragraph)
        => Assert.Equal(new string?[] { null }, QuoteSpeakers.Under("Harbour games", paragraph));
}
