using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Quotes;

/// <summary>
/// A quote carried to the end of its paragraph whose closing mark the text lost: a full sentence
/// quoted from a sentence's start to the paragraph's last stop ends with its paragraph.
/// </summary>
public sealed class QuoteToParagraphEndTests
{
    private static Article Read(params string[] paragraphs)
        => ArticleParser.Parse("Night buses reach the villages\n\n" + string.Join("\n\n", paragraphs));

    [Theory]
    [InlineData("The council met on Tuesday. Coach Tom Reed said: \"The buses will run late. Every village will be served.", "The first bus leaves the depot at midnight.", "The buses will run late. Every village will be served.", "Tom Reed")]
    [InlineData("Le conseil s'est réuni mardi. Anne Roy a déclaré : « Les bus rouleront tard. Chaque village sera desservi.", "Le premier bus quitte le dépôt à minuit.", "Les bus rouleront tard. Chaque village sera desservi.", "Anne Roy")]
    [InlineData("Der Rat tagte am Dienstag. Andrea Vogt sagte: „Die Busse fahren spät. Jedes Dorf wird bedient.", "Der erste Bus verlässt das Depot um Mitternacht.", "Die Busse fahren spät. Jedes Dorf wird bedient.", "Andrea Vogt")]
    public void QuoteRunningToItsParagraphsLastStop_IsListed_WithItsSpeaker(string quoted, string next, string text, string speaker)
    {
        var article = Read(quoted, next);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(text, quote.Text);
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(ProblemKind.QuoteEndsWithParagraph, Assert.Single(article.Problems).Kind);
    }

    [Fact]
    public void QuoteCarriedOverAParagraph_AndNeverClosed_IsOneQuote_OfTheFirstPartsSpeaker()
    {
        var article = Read(
            "Coach Tom Reed said: \"The first part is about the buses.",
            "\"The second part is about the villages. The drivers agree.",
            "The first bus leaves the depot at midnight.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("The first part is about the buses. The second part is about the villages. The drivers agree.", quote.Text);
        Assert.Equal("Tom Reed", quote.Speaker);
        Assert.Equal(0, quote.Paragraph);
    }

    [Fact]
    public void QuoteCarriedOverAParagraph_AndClosedThere_StaysOneQuote()
    {
        var article = Read(
            "Coach Tom Reed said: \"The first part is about the buses.",
            "\"The second part is about the villages,\" he added.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("The first part is about the buses. The second part is about the villages", quote.Text);
        Assert.Empty(article.Problems);
    }

    [Theory]
    [InlineData("The driver was 5' 10\" tall and wore a dark coat when he left the depot.")]
    [InlineData("The mayor said “the buses will run late and nobody closed this quote.")]
    [InlineData("Coach Tom Reed said: \"The buses will run late and every village")]
    [InlineData("The drivers said the timetable was fair.\" The council meets again on Monday.")]
    public void QuoteThatOpensNoSentence_OrEndsNone_IsStillNotListed(string paragraph)
    {
        var article = Read(paragraph, "The first bus leaves the depot at midnight.");

        Assert.Empty(article.Quotes);
        Assert.Equal(ProblemKind.UnclosedQuote, Assert.Single(article.Problems).Kind);
    }

    [Fact]
    public void QuoteReopenedAfterNarration_AndLeftOpen_IsStillNotListed()
    {
        var article = Read(
            "\"The buses will run late,\" Tom Reed said. \"Every village will be served.",
            "The first bus leaves the depot at midnight.");

        Assert.Equal(["The buses will run late"], article.Quotes.Select(q => q.Text));
    }

    [Fact]
    public void QuoteOpenedRightAfterAQuotedSentencesClose_AndLeftOpen_IsListed()
    {
        var article = Read(
            "Coach Tom Reed said: \"The buses will run late.\" \"Every village will be served. The drivers agree.",
            "The first bus leaves the depot at midnight.");

        Assert.Equal(
            ["The buses will run late.", "Every village will be served. The drivers agree."],
            article.Quotes.Select(q => q.Text));
        Assert.Equal("Tom Reed", article.Quotes[1].Speaker);
    }

    [Fact]
    public void QuoteClosedByAStrayMarkInTheNextParagraph_IsStillNotListed()
    {
        var article = Read(
            "Coach Tom Reed said: \"The buses will run late.",
            "and every village will be served\", he added on Tuesday.");

        Assert.Empty(article.Quotes);
    }

    // The French and German habit: the quote's opening mark repeated at each paragraph it carries over.
    [Theory]
    [InlineData("Anne Roy a déclaré : « Les bus rouleront tard.", "« Chaque village sera desservi. »", "Le premier bus quitte le dépôt à minuit.", "Les bus rouleront tard. Chaque village sera desservi.", "Anne Roy")]
    [InlineData("Andrea Vogt sagte: »Die Busse fahren spät.", "»Jedes Dorf wird bedient.«", "Der erste Bus verlässt das Depot um Mitternacht.", "Die Busse fahren spät. Jedes Dorf wird bedient.", "Andrea Vogt")]
    public void QuoteCarriedOverParagraphs_WithItsMarkRepeated_StaysOneQuote(string first, string second, string after, string text, string speaker)
    {
        var article = Read(first, second, after);

        var quote = Assert.Single(article.Quotes);
        Assert.Equal(text, quote.Text);
        Assert.Equal(speaker, quote.Speaker);
        Assert.Empty(article.Problems);
    }

    [Fact]
    public void TwoSpacesTypedInsideAQuote_BreakNothing()
    {
        var article = Read("Coach Tom Reed said: \"The buses will run late.  Every village will be served,\" on Tuesday.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("The buses will run late.  Every village will be served", quote.Text);
        Assert.Empty(article.Problems);
    }
}
