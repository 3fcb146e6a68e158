using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests;

/// <summary>Line endings, byte order marks and the many kinds of white space scraped text holds.</summary>
public sealed class NormalisationTests
{
    private const string Body = "The council approved the new budget on Tuesday after a long debate that lasted well into the evening hours.";

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void LineEndings_AllGiveTheSameReading(string newline)
    {
        var text = "Council approves the budget" + newline + newline + Body + newline + newline + "Second paragraph of the story, which is long enough to read as prose here.";
        var article = ArticleParser.Parse(text);

        Assert.Equal("Council approves the budget", article.Title);
        Assert.Equal(2, article.Paragraphs.Count);
        Assert.Equal(3, article.Paragraphs[0].Position.Line);
        Assert.Equal(5, article.Paragraphs[1].Position.Line);
        Assert.Equal(text.IndexOf("Second", StringComparison.Ordinal), article.Paragraphs[1].Position.Offset);
    }

    [Fact]
    public void ByteOrderMark_IsNotPartOfTheTitle()
    {
        var article = ArticleParser.Parse("\uFEFFCouncil approves the budget\n\n" + Body);
        Assert.Equal("Council approves the budget", article.Title);
        Assert.Equal(1, article.TitlePosition.Offset);
    }

    [Fact]
    public void LinesOfNoBreakThinSpacesAndTabs_AreBlank()
    {
        var article = ArticleParser.Parse("Council approves the budget\n\u00A0\u2009\t\u202F\n" + Body + "\n \t \nA second paragraph that is also long enough to count as real prose.");
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void SurroundingUnicodeSpaces_AreTrimmed_AndColumnsPointPastThem()
    {
        var article = ArticleParser.Parse("\t Council approves the budget\u00A0\n\n\u2009\u2009" + Body + "\t");
        Assert.Equal("Council approves the budget", article.Title);
        Assert.Equal(3, article.TitlePosition.Column);
        Assert.Equal(Body, article.Paragraphs[0].Text);
        Assert.Equal(3, article.Paragraphs[0].Position.Column);
    }
}
