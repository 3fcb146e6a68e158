namespace ContentGen.Parsing.Tests;

/// <summary>
/// The problems the parser itself reports: why a text gives no article (nothing, or boilerplate
/// only), and the first character that was not UTF-8 (U+FFFD), where it stands.
/// </summary>
public sealed class ArticleParserProblemTests
{
    [Theory]
    [InlineData("  \n\t\n", ProblemKind.Empty)]
    [InlineData("", ProblemKind.Empty)]
    [InlineData("Skip to content\nAdvertisement\n", ProblemKind.OnlyBoilerplate)]
    public void TextWithoutAnArticle_SaysWhy(string text, ProblemKind kind)
    {
        var article = ArticleParser.Parse(text);

        Assert.Equal([new Problem(kind, string.Empty, TextPosition.Start, 0)], article.Problems);
        Assert.Equal(string.Empty, article.Title);
        Assert.Equal(kind == ProblemKind.OnlyBoilerplate, article.Boilerplate.Count > 0);
    }

    [Theory]
    [InlineData("Harbour reopens to ferries this spring\n\nThe ferries return.\n\uFFFDn April, \uFFFD.\n", 4, 1)]
    [InlineData("Harbour reopens to ferries this spring\n\nThe ferries return \uFFFD in April.\n", 3, 20)]
    [InlineData("\uFFFDHarbour reopens to ferries this spring\n\nThe ferries return.\n", 1, 1)]
    public void InvalidText_IsReportedOnce_AtTheFirstReplacementCharacter(string text, int line, int column)
    {
        var article = ArticleParser.Parse(text);

        Assert.Equal(
            [new Problem(ProblemKind.InvalidText, "U+FFFD", new TextPosition(text.IndexOf('\uFFFD'), line, column), 1)],
            article.Problems.Where(p => p.Kind == ProblemKind.InvalidText));
        Assert.NotEqual(string.Empty, article.Title);
    }
}
