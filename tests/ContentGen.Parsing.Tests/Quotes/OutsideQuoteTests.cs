using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Quotes;

/// <summary>
/// Quotes in the title and in section headings are the article's too: they are listed with their
/// place, the title's first, a heading's before its section's, and attributed by their own line.
/// </summary>
public sealed class OutsideQuoteTests
{
    private const string Body =
        "Jane Roe, the harbour minister, presented the housing bill to the assembly on Tuesday morning.\n\n"
        + "\"We will build homes for every family on the waiting list,\" said Jane Roe after the vote.\n\n"
        + "The opposition called the plan too expensive and promised to fight it in committee.";

    [Fact]
    public void TitleQuote_IsListedFirst_WithTheTitlePlaceAndParagraphMinusOne()
    {
        var article = ArticleParser.Parse("Harbour bill: \"homes for every family\" promised\n\n" + Body);

        var first = article.Quotes[0];
        Assert.Equal("homes for every family", first.Text);
        Assert.Equal(QuotePlace.Title, first.Place);
        Assert.Equal(-1, first.Paragraph);
        Assert.Equal(1, first.Position.Line);
        Assert.Equal(QuotePlace.Body, article.Quotes[1].Place);
        Assert.Equal(1, article.Quotes[1].Paragraph);
    }

    [Fact]
    public void TitleQuote_AfterANameAndColon_IsThatPersons()
    {
        var article = ArticleParser.Parse("Jane Roe: \"We will not give up on the harbour\"\n\n" + Body);

        Assert.Equal(QuotePlace.Title, article.Quotes[0].Place);
        Assert.Equal("Jane Roe", article.Quotes[0].Speaker);
        Assert.Equal(SpeakerKind.Person, article.Quotes[0].SpeakerKind);
    }

    [Fact]
    public void TitleQuote_WithAnInvertedCue_IsTheNamedPersons()
    {
        var article = ArticleParser.Parse("\"We will not give up on the harbour\", says Jane Roe\n\n" + Body);

        Assert.Equal("Jane Roe", article.Quotes[0].Speaker);
    }

    [Fact]
    public void HeadingQuote_StandsBeforeItsSectionsQuotes_WithTheSectionsFirstParagraph()
    {
        var article = ArticleParser.Parse(
            "Harbour housing bill passes first vote\n\n"
            + "Jane Roe, the harbour minister, presented the housing bill to the assembly on Tuesday morning.\n\n"
            + "Costs\n\n"
            + "The opposition says the bill will cost far more than the budget allows this year.\n\n"
            + "Next steps: \"a long road\"\n\n"
            + "\"We will build homes for every family on the waiting list,\" said Jane Roe after the vote.");

        Assert.Equal(2, article.Quotes.Count);
        var heading = article.Quotes[0];
        Assert.Equal(QuotePlace.Heading, heading.Place);
        Assert.Equal("a long road", heading.Text);
        Assert.Equal(2, heading.Paragraph);
        Assert.Equal(2, article.Sections[2].FirstParagraph);
        Assert.Equal(QuotePlace.Body, article.Quotes[1].Place);
        Assert.Equal(2, article.Quotes[1].Paragraph);
    }

    [Fact]
    public void ArticleWithoutQuotesOutsideTheBody_ListsBodyQuotesOnly()
    {
        var article = ArticleParser.Parse("Harbour housing bill passes first vote\n\n" + Body);

        Assert.Single(article.Quotes);
        Assert.Equal(QuotePlace.Body, article.Quotes[0].Place);
    }

    [Fact]
    public void UnclosedMarkInTheTitle_IsNoQuote_ButAProblemAtTheMark()
    {
        var article = ArticleParser.Parse("Harbour bill: \"homes for all promised\n\n" + Body);

        Assert.Equal(QuotePlace.Body, Assert.Single(article.Quotes).Place);
        var problem = Assert.Single(article.Problems, p => p.Position.Line == 1);
        Assert.Equal((ProblemKind.UnclosedQuote, 15), (problem.Kind, problem.Position.Column));
    }

    [Fact]
    public void TitleQuote_InAClauseAfterASurnameAndColon_IsThePersonTheBodyNamesInFull()
    {
        var article = ArticleParser.Parse("Logement / Roe : le projet de loi vise à \"loger chaque famille\"\n\n"
            + "Jane Roe, ministre du Logement, a présenté son projet de loi mardi devant l'assemblée régionale.\n\n"
            + "L'opposition juge le texte trop coûteux et promet de le combattre en commission.");

        Assert.Equal("Jane Roe", article.Quotes[0].Speaker);
    }

    [Fact]
    public void TitleQuote_AfterATopicAndColon_QuotesNoOne()
    {
        var article = ArticleParser.Parse("Logement : le projet de loi vise à \"loger chaque famille\"\n\n"
            + "Jane Roe, ministre du Logement, a présenté son projet de loi mardi devant l'assemblée régionale.\n\n"
            + "L'opposition juge le texte trop coûteux et promet de le combattre en commission.");

        Assert.Null(article.Quotes[0].Speaker);
    }

    [Fact]
    public void HeadingQuote_WhoseWordsTheSectionQuotes_IsThatQuotesSpeakers()
    {
        var article = ArticleParser.Parse(
            "Harbour housing bill passes first vote\n\n"
            + "Jane Roe, the harbour minister, presented the housing bill to the assembly on Tuesday morning.\n\n"
            + "Costs\n\n"
            + "The opposition says the bill will cost far more than the budget allows this year.\n\n"
            + "Waiting lists: \"homes for every family\"\n\n"
            + "\"We will build homes for every family on the waiting list,\" said Tom Baker, the committee chair.");

        Assert.Equal(QuotePlace.Heading, article.Quotes[0].Place);
        Assert.Equal("Tom Baker", article.Quotes[0].Speaker);
    }

    [Fact]
    public void HeadingQuote_OfOneOrTwoWordsAlsoQuotedInTheBody_TakesNoSpeakerFromIt()
    {
        var article = ArticleParser.Parse(
            "Harbour housing bill passes first vote\n\n"
            + "Jane Roe, the harbour minister, presented the housing bill to the assembly on Tuesday morning.\n\n"
            + "Costs\n\n"
            + "The opposition says the bill will cost far more than the budget allows this year.\n\n"
            + "A \"fair deal\"\n\n"
            + "\"This is a fair deal for tenants across the harbour,\" said Tom Baker, the committee chair.");

        Assert.Equal(QuotePlace.Heading, article.Quotes[0].Place);
        Assert.Null(article.Quotes[0].Speaker);
    }

    [Fact]
    public void TitleQuote_OfAFewWordsAfterTheHeadlinesPerson_IsThatPersons()
    {
        var article = ArticleParser.Parse("Jean Dupont veut \u00ab loger chaque famille \u00bb\n\n"
            + "Le ministre a présenté son texte mercredi devant le Sénat.\n\n"
            + "Jean Dupont doit encore convaincre sa majorité.");

        Assert.Equal(QuotePlace.Title, article.Quotes[0].Place);
        Assert.Equal("Jean Dupont", article.Quotes[0].Speaker);
    }

    // A title quote no one is said to say: one word after the headline's person (a label), a claim
    // right after the person (about them, not their words), the object of the person's verb, and
    // words after a role of an organisation, whom no name gives.
    [Theory]
    [InlineData("Jane Roe rejects \"reckless\" label", "The harbour minister answered her critics on Tuesday in the assembly.", "Jane Roe has held the post since the spring.")]
    [InlineData("Singer Jane Roe 'in harbour gig row'", "Police were called to the harbour after the concert ended early on Saturday night.", "Jane Roe has not commented on the reports.")]
    [InlineData("Jean Dupont défend sa loi \u00ab logement pour tous \u00bb", "Le ministre a présenté son texte mercredi devant le Sénat.", "Jean Dupont doit encore convaincre sa majorité.")]
    [InlineData("Acme boss 'never saw the accounts'", "The former chief executive of Acme told the court he had trusted his finance team.", "The trial continues on Monday.")]
    public void TitleQuote_ThatNoOneIsSaidToSay_QuotesNoOne(string title, string first, string second)
    {
        var article = ArticleParser.Parse(title + "\n\n" + first + "\n\n" + second);

        Assert.Equal(QuotePlace.Title, article.Quotes[0].Place);
        Assert.Null(article.Quotes[0].Speaker);
    }
}
