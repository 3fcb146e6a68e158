namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// English "For X, …" gives a view as "Pour X, …" and "Para X, …" do: the person named holds the
/// view, so a pronoun after it means them. "For" opens many other phrases (a time, a goal, a
/// body), which name no one.
/// </summary>
public sealed class EnglishViewHolderTests
{
    private const string Headline = "Search firm rethinks its plans";

    [Fact]
    public void AViewHoldersPronoun_MeansTheHolder()
        => Assert.Equal(
            new[] { "Peter Dunmore", "Peter Dunmore" },
            QuoteSpeakers.Under(
                Headline,
                "The firm said on Monday that it would wait another year before it chose a partner for its search service.",
                "For market analyst Peter Dunmore, the decision to wait was a mistake. \"They lost two years to their rivals,\" he said. \"Now they have to catch up,\" he added."));

    [Fact]
    public void AViewOpeningTheQuotesSentence_IsTheHolders()
        => Assert.Equal(
            new[] { "Peter Dunmore" },
            QuoteSpeakers.Under(
                Headline,
                "The firm said on Monday that it would wait another year before it chose a partner for its search service.",
                "For Peter Dunmore, \"the decision to wait was a mistake\"."));

    [Theory]
    [InlineData("For years, \"the firm has waited too long\".")]
    [InlineData("For now, \"nothing will change\".")]
    [InlineData("The prize went to Peter Dunmore, \"the best analyst in the city\".")]
    public void APrepositionOpeningAnotherPhrase_NamesNoOne(string sentence)
        => Assert.Equal(
            new string?[] { null },
            QuoteSpeakers.Under(Headline, "The firm said on Monday that it would wait another year before it chose a partner for its search service.", sentence));
}
