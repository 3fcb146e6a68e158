namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// S8: a possessive gives a statement's words to its owner, however many words the owner's name
/// has and whichever apostrophe it is written with.
/// </summary>
public sealed class NounCueTests
{
    // A one-word owner at a sentence's start is a name only once the article has shown it
    // capitalised inside a sentence, hence the first paragraph.
    [Theory]
    [InlineData("Acme's statement read: \"The plant stays open.\"", "Acme")]
    [InlineData("Acme’s statement read: \"The plant stays open.\"", "Acme")]
    [InlineData("Marlow Vale District Council's statement read: \"The bridge reopens in May.\"", "Marlow Vale District Council")]
    public void APossessive_GivesTheStatementToItsWholeOwner(string paragraph, string speaker)
        => Assert.Equal(new[] { speaker }, QuoteSpeakers.UnderHarbourPlan("Shares in Acme fell on Monday.", paragraph));
}
