using System.Globalization;
using ContentGen.Parsing;
using ContentGen.Parsing.Quotes;

namespace ContentGen.Parsing.Tests.Quotes;

/// <summary>
/// A paragraph whose opening mark was lost ("… une fois ce texte voté», a lancé le ministre"):
/// its first mark closes, with at least three words before it, and an attribution's comma and
/// a lower-case word follow. Its words from the paragraph's start are a quote when the cue after
/// them names a speaker; the mark is still reported as closing nothing, since the text lost its
/// opening mark. Without a speaker, or after a quote, the mark stays a stray closer only.
/// </summary>
public sealed class HeadlessQuoteTests
{
    private static Article Read(params string[] paragraphs)
        => ArticleParser.Parse("Fermeture du vieux port\n\n" + string.Join("\n\n", paragraphs));

    private static string Scan(string text)
    {
        var result = QuoteScanner.Scan(text);
        var spans = result.Quotes.Select(q => q.Open.ToString(CultureInfo.InvariantCulture) + "-" + q.Close.ToString(CultureInfo.InvariantCulture) + (q.IsHeadless ? "h" : ""));
        return string.Join(" ", spans.Concat(result.StrayClosers.Select(i => $"!{i}")));
    }

    [Theory]
    [InlineData("une fois ce texte voté», a lancé le ministre.", "-1-22h !22")]
    [InlineData("the line will reopen,” said Tom Fox.", "-1-21h !21")]
    [InlineData("la ligne rouvrira au printemps ! » , a-t-il dit.", "-1-33h !33")]
    public void AClosingMarkOpeningTheBlocksMarks_BeforeAnAttributionsComma_EndsAHeadlessQuote(string text, string spans)
        => Assert.Equal(spans, Scan(text));

    [Theory]
    [InlineData("late ”, said Tom Fox.", "!5")]
    [InlineData("the line will reopen ” and the buses will stop.", "!21")]
    [InlineData("Il a parlé d'« un texte » voté», a lancé le ministre.", "13-24 !30")]
    [InlineData("the line will reopen ”, Tom Fox said.", "!21")]
    public void AStrayCloser_WithFewWords_NoComma_AQuoteBefore_OrACapitalAfter_EndsNoQuote(string text, string spans)
        => Assert.Equal(spans, Scan(text));

    [Fact]
    public void AParagraphThatLostItsOpeningMark_QuotesFromItsStart_AndTheCueNamesTheSpeaker()
    {
        var article = Read(
            "Le ministre de l'Intérieur Jean Dupont a présenté mardi un nouveau texte.",
            "fermer le vieux port aux camions, une fois que cette loi sera adoptée», a lancé le ministre lors d'une séance houleuse au Sénat.");

        var quote = Assert.Single(article.Quotes);
        Assert.Equal("fermer le vieux port aux camions, une fois que cette loi sera adoptée", quote.Text);
        Assert.Equal("Jean Dupont", quote.Speaker);
        Assert.Equal((5, 1), (quote.Position.Line, quote.Position.Column));
        var problem = Assert.Single(article.Problems);
        Assert.Equal((ProblemKind.UnmatchedQuote, "»", 5), (problem.Kind, problem.Detail, problem.Position.Line));
    }

    [Fact]
    public void InEnglish_TheCueAfterTheMarkNamesTheSpeaker()
    {
        var quote = Assert.Single(Read("the line will reopen in the spring,” said harbour master Tom Fox.").Quotes);
        Assert.Equal(("the line will reopen in the spring", "Tom Fox"), (quote.Text, quote.Speaker));
    }

    [Fact]
    public void WithNoSpeakerAfterTheMark_TheWordsStayProse_AndTheMarkIsStray()
    {
        var article = Read("la loi sera votée avant l'été», et le texte partira ensuite au Sénat.");

        Assert.Empty(article.Quotes);
        Assert.Equal(ProblemKind.UnmatchedQuote, Assert.Single(article.Problems).Kind);
    }

    [Fact]
    public void AfterAQuoteStillOpenFromThePreviousParagraph_TheMarkIsStray_AsBefore()
    {
        var article = Read(
            "Le ministre Jean Dupont a déclaré : « Nous ne céderons pas sur ce texte.",
            "une fois que cette loi sera adoptée», a lancé le ministre.");

        Assert.Empty(article.Quotes);
        Assert.Equal(
            new[] { ProblemKind.UnclosedQuote, ProblemKind.UnmatchedQuote },
            article.Problems.Select(p => p.Kind).Order());
    }
}
