using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Quotes;

/// <summary>
/// A quote inside a quote is listed as a quote of its own, right after the quote it sits in, which
/// keeps its words, speaker and place: a pair of marks of another style opening and closing inside it.
/// An apostrophe, or a single mark that never closes, is no inner quote.
/// </summary>
public sealed class InnerQuoteTests
{
    private static Article Read(params string[] paragraphs)
        => ArticleParser.Parse("A title for the inner quotes\n\n" + string.Join("\n\n", paragraphs));

    private static (string Text, int? Within)[] Listed(Article article)
        => article.Quotes.Select(quote => (quote.Text, quote.Within)).ToArray();

    [Theory]
    [InlineData("en", "\"She kept asking me, 'Is it over?' every night,\" said Ann Reed.", "She kept asking me, 'Is it over?' every night", "Is it over?")]
    [InlineData("en", "“My father always told us: ‘Never sell the boat.’ We never did,” said Tom Hale.", "My father always told us: ‘Never sell the boat.’ We never did", "Never sell the boat.")]
    [InlineData("fr", "« Ma mère répétait : “Ne lâche jamais.” Je l'entends encore », confie Lucie Morel.", "Ma mère répétait : “Ne lâche jamais.” Je l'entends encore", "Ne lâche jamais.")]
    [InlineData("de", "„Mein Großvater sagte immer: ‚Das Meer nimmt, was es will.‘ Er hatte recht“, erzählt Jan Ohlsen.", "Mein Großvater sagte immer: ‚Das Meer nimmt, was es will.‘ Er hatte recht", "Das Meer nimmt, was es will.")]
    [InlineData("es", "«Mi padre siempre decía: “No te rindas”. Y no me rendí», cuenta Rosa Vidal.", "Mi padre siempre decía: “No te rindas”. Y no me rendí", "No te rindas")]
    [InlineData("it", "«Mia nonna ripeteva: “Chi semina raccoglie.” Aveva ragione», racconta Paola Neri.", "Mia nonna ripeteva: “Chi semina raccoglie.” Aveva ragione", "Chi semina raccoglie.")]
    [InlineData("pt", "«O meu avô dizia: “O mar não perdoa.” Nunca esqueci», conta Rui Gomes.", "O meu avô dizia: “O mar não perdoa.” Nunca esqueci", "O mar não perdoa.")]
    [InlineData("nl", "‘Mijn moeder zei altijd: “Kom op tijd thuis.” Dat doe ik nog’, zegt Els Bakker.", "Mijn moeder zei altijd: “Kom op tijd thuis.” Dat doe ik nog", "Kom op tijd thuis.")]
    public void InnerQuote_IsListedAfterItsQuote_WhichKeepsItsWords(string language, string paragraph, string outer, string inner)
    {
        _ = language;
        var article = Read(paragraph);

        Assert.Equal(new (string, int?)[] { (outer, null), (inner, 0) }, Listed(article));
        Assert.NotNull(article.Quotes[0].Speaker);
        var at = paragraph.IndexOf(inner, StringComparison.Ordinal) - 1;
        Assert.Equal(article.Paragraphs[0].Position.Offset + at, article.Quotes[1].Position.Offset);
        Assert.Equal(0, article.Quotes[1].Paragraph);
    }

    [Fact]
    public void InnerQuote_KeepsTheOuterQuotesSpeakerAndText_AsWithoutIt()
    {
        var with = Read("“My father always told us: ‘Never sell the boat.’ We never did,” said Tom Hale.");
        var without = Read("“My father always told us: Never sell the boat. We never did,” said Tom Hale.");

        Assert.Equal(without.Quotes[0].Speaker, with.Quotes[0].Speaker);
        Assert.Equal(without.Quotes[0].Position, with.Quotes[0].Position);
        Assert.Equal("Tom Hale", with.Quotes[0].Speaker);
    }

    [Fact]
    public void TwoInnerQuotes_BothPointAtTheirQuote()
    {
        var article = Read(
            "“They say ‘wait’ and then they say ‘hurry’,” said Ann Reed.",
            "“The next one is plain,” she added.");

        Assert.Equal(new (string, int?)[] { ("They say ‘wait’ and then they say ‘hurry’", null), ("wait", 0), ("hurry", 0), ("The next one is plain", null) }, Listed(article));
    }

    [Fact]
    public void InnerQuoteOfAQuoteOverTwoParagraphs_PointsAtTheJoinedQuote()
    {
        var article = Read(
            "Ann Reed said: “The first part is about the buses.",
            "“The driver told me: ‘No more stops.’ That was all.”",
            "“A last one,” she said.");

        Assert.Equal(
            new (string, int?)[] { ("The first part is about the buses. The driver told me: ‘No more stops.’ That was all.", null), ("No more stops.", 0), ("A last one", null) },
            Listed(article));
        Assert.Equal(1, article.Quotes[1].Paragraph);
    }

    [Fact]
    public void QuoteInTheTitle_MovesTheIndexOfTheQuoteItSitsIn()
    {
        var article = ArticleParser.Parse("Ann Reed: “We stay”\n\n“They told us ‘leave now’ and we stayed,” said Ann Reed.");

        Assert.Equal(QuotePlace.Title, article.Quotes[0].Place);
        Assert.Equal(new int?[] { null, null, 1 }, article.Quotes.Select(quote => quote.Within).ToArray());
        Assert.Equal("leave now", article.Quotes[2].Text);
    }

    [Theory]
    [InlineData("“We don’t sell the boats’ engines, nor the crew’s,” said Tom Hale.")]
    [InlineData("« L'homme n'a pas dit qu'il partait », confie Lucie Morel.")]
    [InlineData("„Wir fahren 's Abends raus und kommen um zwei zurück“, erzählt Jan Ohlsen.")]
    [InlineData("‘We gaan ’s ochtends weg en ’s avonds terug’, zegt Els Bakker.")]
    [InlineData("“It was the ‘best summer of all, and then it rained,” said Ann Reed.")]
    [InlineData("«Trent’anni di mare e ancora l’acqua mi sorprende», racconta Paola Neri.")]
    public void Apostrophes_AndASingleMarkThatNeverCloses_AreNoInnerQuote(string paragraph)
        => Assert.Null(Assert.Single(Read(paragraph).Quotes).Within);

    [Fact]
    public void QuoteTwoLevelsDown_StaysInItsInnerQuotesWords()
    {
        var article = Read("“She wrote: ‘He said «no» twice’ and left,” said Ann Reed.");

        Assert.Equal(new (string, int?)[] { ("She wrote: ‘He said «no» twice’ and left", null), ("He said «no» twice", 0) }, Listed(article));
    }
}
