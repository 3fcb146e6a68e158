using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Speakers;

/// <summary>
/// More of the verbs the French press writes after a quote, inverted with their pronoun
/// ("», appuie-t-il", "», espère-t-elle") or their subject ("», sourit Julien Morel").
/// </summary>
public sealed class FrenchPressVerbTests
{
    private static string?[] Speakers(params string[] paragraphs)
        => QuoteSpeakers.Under("Le député défend son amendement", paragraphs);

    // Guard: an unknown verb inverted with its pronoun already reports ("-t-il" says so).
    [Fact]
    public void AnInvertedPronoun_Reports()
        => Assert.Equal("Julien Morel", Speakers("Le député Julien Morel a défendu son amendement mardi. « Nous ne lâcherons rien sur ce texte », appuie-t-il.")[0]);

    [Theory]
    [InlineData("appuie")]
    [InlineData("espère")]
    [InlineData("craignait")]
    [InlineData("souriait")]
    [InlineData("développe")]
    [InlineData("analyse")]
    [InlineData("soupire")]
    [InlineData("tempère")]
    [InlineData("a appuyé")]
    [InlineData("a espéré")]
    public void AnInvertedPressVerb_ReportsTheNameAfterIt(string verb)
        => Assert.Equal("Julien Morel", Speakers($"« Nous ne lâcherons rien sur ce texte », {verb} Julien Morel.")[0]);
}
