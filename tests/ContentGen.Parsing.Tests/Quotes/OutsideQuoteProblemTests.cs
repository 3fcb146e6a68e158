using ContentGen.Parsing;
using ContentGen.Parsing.Seeds;

namespace ContentGen.Parsing.Tests.Quotes;

/// <summary>
/// A quotation mark in the title or a heading that pairs with nothing is reported at that mark, as
/// a body's is: the title constant would carry the broken mark into every screen that shows it.
/// </summary>
public sealed class OutsideQuoteProblemTests
{
    private const string Body =
        "The council met on Tuesday evening to vote on the plan for the old river crossing.\n\n"
        + "\"It will take two years,\" said the engineer Jane Roe after the vote.\n\n"
        + "Work starts in spring and the town will pay half of the cost of the new deck.";

    [Theory]
    [InlineData("Mayor says «we will rebuild the bridge", '«')]
    [InlineData("Mayor says “we will rebuild the bridge", '“')]
    [InlineData("Bürgermeister: „Wir bauen die Brücke neu", '„')]
    public void UnclosedQuoteInTheTitle_IsReportedAtItsMark(string title, char mark)
    {
        var article = ArticleParser.Parse(title + "\n\n" + Body);

        var problem = Assert.Single(article.Problems);
        Assert.Equal(ProblemKind.UnclosedQuote, problem.Kind);
        Assert.Equal(1, problem.Position.Line);
        Assert.Equal(title.IndexOf(mark, System.StringComparison.Ordinal) + 1, problem.Position.Column);
        Assert.DoesNotContain(article.Quotes, q => q.Place == QuotePlace.Title);
    }

    [Fact]
    public void UnclosedQuoteInTheTitle_IsExcerptedAsABodysIs()
    {
        var article = ArticleParser.Parse("Mayor says “we will rebuild the bridge over the river before the winter\n\n" + Body);

        Assert.Equal("we will rebuild the bridge over the rive…", Assert.Single(article.Problems).Detail);
    }

    [Fact]
    public void ClosingMarkWithNoOpeningInTheTitle_IsReportedAtItsMark()
    {
        var title = "Mayor says we will rebuild” the bridge";
        var article = ArticleParser.Parse(title + "\n\n" + Body);

        var problem = Assert.Single(article.Problems);
        Assert.Equal(ProblemKind.UnmatchedQuote, problem.Kind);
        Assert.Equal((1, title.IndexOf('”', System.StringComparison.Ordinal) + 1), (problem.Position.Line, problem.Position.Column));
    }

    [Fact]
    public void QuoteCutShortInTheTitle_IsReported_AndTheClosedOneStillListed()
    {
        var article = ArticleParser.Parse("Mayor: “we will rebuild “the bridge” soon\n\n" + Body);

        Assert.Equal([(ProblemKind.UnclosedQuote, 8)], article.Problems.Select(p => (p.Kind, p.Position.Column)));
        Assert.Contains(article.Quotes, q => q.Place == QuotePlace.Title && q.Text == "the bridge");
    }

    [Fact]
    public void UnclosedQuoteInAHeading_IsReportedOnTheHeadingsLine()
    {
        var text = "Council backs the river crossing plan\n\n"
            + "The council met on Tuesday evening to vote on the plan for the old river crossing.\n\n"
            + "What “the engineers found\n\n"
            + "Work starts in spring and the town will pay half of the cost of the new deck.";
        var article = ArticleParser.Parse(text);

        Assert.Equal(["What “the engineers found"], article.Sections.Select(s => s.Heading).OfType<string>());
        var problem = Assert.Single(article.Problems);
        Assert.Equal(ProblemKind.UnclosedQuote, problem.Kind);
        Assert.Equal((5, 6), (problem.Position.Line, problem.Position.Column));
    }

    [Theory]
    [InlineData("Farmers' market 'saved' by the council vote")]
    [InlineData("Roe rejects 'reckless' label for the crossing plan")]
    [InlineData("Le maire : « Nous reconstruirons le pont »")]
    [InlineData("Bürgermeister: „Wir bauen die Brücke neu“")]
    [InlineData("Council's plan for the river crossing wins the vote")]
    [InlineData("Rock 'n' roll night returns to the harbour hall")]
    public void PairedMarksAndApostrophesInTheTitle_GiveNoProblem(string title)
        => Assert.Empty(ArticleParser.Parse(title + "\n\n" + Body).Problems);

    [Fact]
    public void UnclosedQuoteInAMarkdownTitle_IsReportedAtItsMark()
    {
        var text = "# Mayor says “we will rebuild the bridge\n\n" + Body;

        var problem = Assert.Single(ArticleReader.Read("seeds/news.md", text).Problems);
        Assert.Equal(ProblemKind.UnclosedQuote, problem.Kind);
        Assert.Equal(text.IndexOf('“', System.StringComparison.Ordinal), problem.Position.Offset);
    }
}
