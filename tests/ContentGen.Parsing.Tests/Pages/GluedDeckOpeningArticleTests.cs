using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A one-line deck glued under a one-line headline on a page a dump wrapped at a width the headline fills, so the width
/// alone cannot tell whether it broke the headline there. A deck that opens on a capitalised article or function word
/// ("Le chantier …", "The council …", "Die Stadt …") opens a clause of its own: a headline the width wrapped goes on with
/// its clause, and never with a capitalised article after a word in lower case. The deck opens the body, on a page printed
/// a paragraph a line as on this one. A deck opening on another capitalised word may be the rest of the headline, and a
/// headline line ending on a capitalised word may end on half a name: both stay one title. A deck opening on a common word
/// the page prints in lower case elsewhere opens the body (GluedDeckCommonOpenerTests): these pages print "council" in
/// their body, so "Council blames …" under the headline now opens the body there, and the row that keeps the two lines one
/// title opens on a name ("Haldane council blames …"); on a page that never prints "council" in lower case, "Council
/// blames …" still stays one title.
/// </summary>
public sealed class GluedDeckOpeningArticleTests
{
    private const int Width = 60;

    private static string Page(string language, string headlineAndDeck) => WrappedGluedDeckPage.Of(language, headlineAndDeck, Width);

    [Theory]
    [InlineData("en", "Lido pool will stay shut all summer as the repair bill doubles", "The council blames cracked tiles and a failed pump for the delay")]
    [InlineData("fr", "Le gymnase de Valbonne rouvrira à la rentrée après les travaux", "Le chantier a pris un an de retard à cause de la charpente")]
    [InlineData("fr", "Le foyer rural de Valbonne trouve un repreneur après des mois", "L'association du village reprend le bâtiment pour un euro symbolique")]
    [InlineData("es", "La piscina municipal de Torrejón seguirá cerrada todo el verano", "El ayuntamiento culpa a la constructora de las grietas en el vaso")]
    [InlineData("it", "La piscina comunale di Valdorno resterà chiusa per tutta l'estate", "Il comune accusa la ditta dei lavori per le crepe nella vasca")]
    [InlineData("pt", "A piscina municipal de Vila Seca fica fechada durante o verão", "A câmara culpa o empreiteiro pelo atraso e pelas fissuras no tanque")]
    [InlineData("nl", "Het zwembad in Zandwijk blijft de hele zomer dicht na lekkage", "De gemeente wijst naar de aannemer en de scheuren in het bassin")]
    [InlineData("de", "Das Hallenbad in Kellerbach bleibt den ganzen Sommer geschlossen", "Die Stadt macht die Baufirma für die Risse im Becken verantwortlich")]
    public void ADeckOpeningOnACapitalisedArticle_GluedUnderAHeadlineTheWidthFills_OpensTheBody(string language, string headline, string deck)
    {
        var p = Articles.Of(language);

        var article = ArticleParser.Parse(Page(language, headline + "\n" + deck));

        Assert.Equal(headline, article.Title);
        Assert.Equal(new[] { deck, p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("en", "Lido pool will stay shut all summer as the repair bill doubles", "Haldane council blames cracked tiles and a failed pump for the delay")] // a name
    [InlineData("nl", "Het zwembad in Zandwijk blijft de hele zomer dicht door Molen", "De Eendracht en de lekkage in het bad")] // half a name
    public void OtherLinesGluedUnderAHeadlineTheWidthFills_StayOneTitle(string language, string first, string second)
    {
        var article = ArticleParser.Parse(Page(language, first + "\n" + second));

        Assert.Equal(first + " " + second, article.Title);
    }

    // The same deck on a page whose body never prints "council" in lower case: nothing says the capital opens a clause.
    [Fact]
    public void ADeckOpeningOnAWordThePageNeverPrintsInLowerCase_StaysOneTitle()
    {
        const string first = "Lido pool will stay shut all summer as the repair bill doubles";
        const string second = "Council blames cracked tiles and a failed pump for the delay";
        var page = Page("en", first + "\n" + second).Replace("regional council", "regional board");
        Assert.DoesNotContain("council", page, System.StringComparison.Ordinal);

        var article = ArticleParser.Parse(page);

        Assert.Equal(first + " " + second, article.Title);
    }
}
