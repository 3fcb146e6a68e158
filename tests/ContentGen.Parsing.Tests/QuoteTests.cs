using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests;

/// <summary>Quotation marks of every style, paired the way a reader pairs them.</summary>
public sealed class QuoteTests
{
    private static Article Read(params string[] paragraphs)
        => ArticleParser.Parse("Night buses reach the villages\n\n" + string.Join("\n\n", paragraphs));

    private static string[] Texts(Article article) => article.Quotes.Select(q => q.Text).ToArray();

    [Theory]
    [InlineData("The mayor called it “a good day for the valley” on Tuesday.", "a good day for the valley")]
    [InlineData("Le maire a parlé d'« une belle journée pour la vallée » mardi.", "une belle journée pour la vallée")]
    [InlineData("Der Bürgermeister sprach von „einem guten Tag für das Tal“ am Dienstag.", "einem guten Tag für das Tal")]
    [InlineData("Der Bürgermeister sprach von ‚einem guten Tag‘ am Dienstag.", "einem guten Tag")]
    [InlineData("Le maire a parlé d'‹ une belle journée › mardi.", "une belle journée")]
    [InlineData("市長は「良い日だ」と述べた。", "良い日だ")]
    [InlineData("市長は『良い日だ』と述べた。", "良い日だ")]
    [InlineData("The mayor called it \"a good day for the valley\" on Tuesday.", "a good day for the valley")]
    [InlineData("The mayor called it 'a good day for the valley' on Tuesday.", "a good day for the valley")]
    public void EachStyleOfMarks_Pairs(string paragraph, string quote)
    {
        var article = Read(paragraph);
        Assert.Equal(new[] { quote }, Texts(article));
        Assert.Empty(article.Problems);
    }

    [Fact]
    public void Apostrophes_NeverOpenAQuote()
    {
        var article = Read("The valley’s drivers don't mind the late shifts, and the mayor's office isn’t worried about the buses' costs.");
        Assert.Empty(article.Quotes);
        Assert.Empty(article.Problems);
    }

    [Fact]
    public void MismatchedMarks_StillPair()
        => Assert.Equal(new[] { "une belle journée" }, Texts(Read("Le maire a parlé d'« une belle journée ” mardi soir devant le conseil.")));

    [Fact]
    public void MarksGluedToTheWrongWord_StillPair()
        => Assert.Equal(new[] { "open doors" }, Texts(Read("She defended the policy of“ open doors ”on Tuesday before the council.")));

    [Fact]
    public void NestedQuotes_StayInsideTheOuterQuote_AndAreListedAfterIt()
    {
        var article = Read("“We heard the word ‘never’ and then « jamais » again,” the driver said.");
        Assert.Equal(new[] { "We heard the word ‘never’ and then « jamais » again", "never", "jamais" }, Texts(article));
        Assert.Equal(new int?[] { null, 0, 0 }, article.Quotes.Select(quote => quote.Within).ToArray());
    }

    [Fact]
    public void QuoteOverSeveralParagraphs_IsOneQuote()
    {
        var article = Read(
            "“The first part of what I want to say is about the buses.",
            "“The second part is about the villages,” the mayor said.");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal("The first part of what I want to say is about the buses. The second part is about the villages", quote.Text);
        Assert.Equal(0, quote.Paragraph);
        Assert.Empty(article.Problems);
    }

    [Fact]
    public void RepeatedOpeningMarkAfterAFullStop_ContinuesTheSameQuote()
    {
        var article = Read("He said: \"The buses will run late. \"They will also stop in every village.\"");
        Assert.Equal(new[] { "The buses will run late. They will also stop in every village." }, Texts(article));
        Assert.Empty(article.Problems);
    }

    [Fact]
    public void UnclosedQuote_GivesAProblemAtItsMark()
    {
        var article = Read("The mayor said “the buses will run late and nobody closed this quote.");
        var problem = Assert.Single(article.Problems);
        Assert.Equal(ProblemKind.UnclosedQuote, problem.Kind);
        Assert.Equal(3, problem.Position.Line);
        Assert.Equal(16, problem.Position.Column);
    }

    [Fact]
    public void QuoteCutShortByAnotherOpeningMark_IsListed_AndItsProblemSaysSo()
    {
        var article = Read("The mayor said “the buses will run late “and nobody closed these quotes.");

        Assert.Equal(["the buses will run late"], Texts(article));
        Assert.Equal(
            [(ProblemKind.AbandonedQuote, 16), (ProblemKind.UnclosedQuote, 41)],
            article.Problems.Select(p => (p.Kind, p.Position.Column)));
    }

    [Fact]
    public void ClosingMarkWithNoOpening_GivesAProblem()
    {
        var article = Read("The mayor said the buses ” will run late on Tuesday nights.");
        Assert.Contains(article.Problems, p => p.Kind == ProblemKind.UnmatchedQuote);
    }

    [Fact]
    public void QuotePositions_PointAtTheOpeningMark()
    {
        var article = Read("First paragraph without quotes but long enough to read as prose here.", "Then she said « yes » twice.");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal(5, quote.Position.Line);
        Assert.Equal(15, quote.Position.Column);
        Assert.Equal(1, quote.Paragraph);
    }

    [Fact]
    public void GermanGuillemets_OpenWithTheRightPointingMark()
    {
        var article = ArticleParser.Parse("Stadtwerke erhöhen Preise\n\n»Wir bleiben weit auseinander«, sagte Andrea Vogt. Sie nannte das »bedauerlich«.\n");

        Assert.Equal(new[] { "Wir bleiben weit auseinander", "bedauerlich" }, article.Quotes.Select(q => q.Text));
        Assert.Equal("Andrea Vogt", article.Quotes[0].Speaker);
    }

    [Fact]
    public void TheCommaBeforeAnAttribution_IsNotPartOfTheQuote_ButAFullStopOrQuestionMarkIs()
    {
        var article = ArticleParser.Parse("Harbour plan approved\n\n\"We remain far apart,\" said Jane Roe. \"Why now?\" asked Tom Fox. \"It is done.\"\n");

        Assert.Equal(new[] { "We remain far apart", "Why now?", "It is done." }, article.Quotes.Select(q => q.Text));
    }

    [Fact]
    public void QuoteOverThreeParagraphs_JoinsAllThree()
    {
        var article = Read(
            "“The first part of what I want to say is about the buses.",
            "“The second part is about the villages.",
            "“The third part is about the drivers,” the mayor said.");
        var quote = Assert.Single(article.Quotes);
        Assert.Equal(
            "The first part of what I want to say is about the buses. The second part is about the villages. The third part is about the drivers",
            quote.Text);
        Assert.Empty(article.Problems);
    }

    [Fact]
    public void UnclosedQuote_IsExcerptedToFortyCharacters_InItsProblem()
    {
        var longer = Assert.Single(Read("The mayor said “the buses will run late and nobody closed this quote.").Problems);
        var forty = Assert.Single(Read("The mayor said “the buses will run late, nobody knew it.").Problems);

        Assert.Equal("the buses will run late and nobody close…", longer.Detail);
        Assert.Equal("the buses will run late, nobody knew it.", forty.Detail);
    }

    [Fact]
    public void QuoteOfOnlyCommas_KeepsNoComma()
        => Assert.Equal(new[] { "" }, Texts(Read("The mayor said “,,” twice on Tuesday before the council.")));
}
