using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// How far from the headline and the body the page's author and date are read: a bare date only
/// down to the second body paragraph, a name beside a dateline only on the nearest non-blank line
/// (past one blank line), and a dateline of up to 16 words bare, 24 after a "Published"-type
/// prefix.
/// </summary>
public sealed class MetadataReachTests
{
    private static readonly string[] English = Articles.Of("en");

    private static string Page(params string[] blocks) => string.Join("\n\n", blocks);

    [Fact]
    public void ABareDate_BetweenTheFirstTwoParagraphs_IsTheArticlesDate()
    {
        var article = ArticleParser.Parse(Page(English[0], English[1], "12 March 2024", English[2], English[3], Articles.Closing("en")));

        Assert.Equal("2024-03-12", article.Published);
    }

    [Fact]
    public void ABareDate_BelowTheSecondParagraph_BelongsToSomethingElse()
    {
        // Four body paragraphs: the date stands after the third, where teasers and footers put theirs.
        var article = ArticleParser.Parse(Page(English[0], English[1], English[2], English[3], "12 March 2024", Articles.Closing("en")));

        Assert.Null(article.Published);
    }

    [Fact]
    public void AStamp_BelowTheSecondParagraph_IsStillTheArticlesDate()
    {
        var article = ArticleParser.Parse(Page(English[0], English[1], English[2], English[3], "Published 12 March 2024", Articles.Closing("en")));

        Assert.Equal("2024-03-12", article.Published);
    }

    [Fact]
    public void ANameOverTheDateline_PastOneBlankLine_SignsTheArticle()
    {
        var french = Articles.Of("fr");
        var article = ArticleParser.Parse(Page(french[0], "Julien Martin", "Publié le 5 juin 2024 à 7h45", french[1], french[2], french[3]));

        Assert.Equal(("Julien Martin", "2024-06-05T07:45"), (article.Author, article.Published));
    }

    [Fact]
    public void ANameTwoBlankLinesOverTheDateline_IsTooFarToSignIt()
    {
        var french = Articles.Of("fr");
        var article = ArticleParser.Parse(french[0] + "\n\nJulien Martin\n\n\nPublié le 5 juin 2024 à 7h45\n\n" + Page(french[1], french[2], french[3]));

        Assert.Null(article.Author);
        Assert.Equal("2024-06-05T07:45", article.Published);
    }

    [Fact]
    public void AStampOnThePagesLastLine_IsRead_AndNothingIsLookedForBelowIt()
    {
        // No line ending after the stamp: the name is looked for on the line after it, which does not exist.
        var article = ArticleParser.Parse(Page(English[0], English[1], English[2], English[3], "Published 12 March 2024"));

        Assert.Equal("2024-03-12", article.Published);
        Assert.Null(article.Author);
    }

    [Fact]
    public void ABareDatelineOfSixteenWords_IsStillADateline()
    {
        var line = "12 March 2024 " + string.Join(" ", Enumerable.Repeat("town", 13));
        var article = ArticleParser.Parse(Page(English[0], line, English[1], English[2], English[3]));

        Assert.Equal("2024-03-12", article.Published);
    }

    [Fact]
    public void AStampOfTwentyFourWords_IsStillADateline()
    {
        var line = "Published 12 March 2024 " + string.Join(" ", Enumerable.Repeat("town", 20));
        var article = ArticleParser.Parse(Page(English[0], line, English[1], English[2], English[3]));

        Assert.Equal("2024-03-12", article.Published);
    }
}
