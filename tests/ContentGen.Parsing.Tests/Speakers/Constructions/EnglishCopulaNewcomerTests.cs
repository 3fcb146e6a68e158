namespace ContentGen.Parsing.Tests.Speakers.Constructions;

/// <summary>
/// English brings a newcomer in after "is" or "was" as the other languages do after their copulas
/// (<c>Among them is Joan, 82, who …</c>, as <c>Entre os feirantes está Rosa, 63 anos</c>): the
/// pronoun of the next cue means the newcomer, not the speaker quoted before. English lists "is"
/// and "was" as name copulas only, which the first-name newcomer did not read.
/// </summary>
public sealed class EnglishCopulaNewcomerTests
{
    [Theory]
    [InlineData("Some sixty residents have been hired as extras. Among them is Mary, 79, who sells cakes at a fair. \"I remember the war,\" she said.", "Mary")]
    [InlineData("Among the volunteers was Owen, who has walked the cliffs since boyhood. \"I knew where they would be,\" he said.", "Owen")]
    [InlineData("Behind the counter is Priya, a baker who opened the shop in 2009. \"Trade is slow,\" she said.", "Priya")]
    public void AFirstNameSetOffAsAPersonAfterACopula_IsWhomThePronounMeans(string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker("en", ConstructionProbe.EarlierSpeaker("en"), paragraph));

    // Where the rule must not fire: a name after a preposition is an object; a place set off by
    // "which" is no person, and the pronoun is no one's rather than the newcomer's; the newcomer
    // made in another paragraph does not outlast the mayor's quote in between.
    [Theory]
    [InlineData("The mayor spent the morning with Mary, 79, who sells cakes at a fair. \"These stalls deserve more help,\" she said.", "Jane Roe")]
    public void AFirstNameAfterAPreposition_LeavesTheSpeaker(string paragraph, string speaker)
        => Assert.Equal(speaker, ConstructionProbe.LastSpeaker("en", ConstructionProbe.EarlierSpeaker("en"), paragraph));

    [Theory]
    [InlineData("Among the worst hit was Saltmere, which lost its pier. \"We will rebuild,\" she said.", "Saltmere")]
    public void APlaceSetOffByWhich_IsNoSpeaker(string paragraph, string notSpeaker)
        => Assert.NotEqual(notSpeaker, ConstructionProbe.LastSpeaker("en", ConstructionProbe.EarlierSpeaker("en"), paragraph));

    [Fact]
    public void AQuoteOfAnotherSpeakerInBetween_KeepsThePronounToThatSpeaker()
        => Assert.Equal("Jane Roe", ConstructionProbe.LastSpeaker("en",
            "Among the extras is Mary, who sells cakes at a fair.", ConstructionProbe.EarlierSpeaker("en"), "\"I remember the war,\" she said."));
}
