using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A deck with no stop glued under a one-line headline on a page a dump wrapped at 60 columns, where the deck's first word
/// would not have fitted on the headline's line: the width may have broken the line, so room proves nothing. But a width
/// breaks a clause anywhere, and a capitalised word inside a clause is a name; a deck's first word the page prints in lower
/// case elsewhere ("Council says …" over "the council will publish …") is a common word capitalised because a clause opens
/// on it, and the deck opens the body. A name under the headline, or a German noun, is never printed in lower case, and
/// the two lines stay one title.
/// </summary>
public sealed class GluedDeckCommonOpenerTests
{
    private const int Width = 60;

    private const string Header = "Skip to content\nCoastal Gazette\nNews  Sport  Weather  Opinion\nSubscribe  Sign in";

    // The header, the headline with what the page glues under it, a dateline, and the article's paragraphs wrapped at 60.
    private static string Page(string language, string headlineAndDeck)
    {
        var p = Articles.Of(language);
        return string.Join("\n\n", Header, headlineAndDeck, "12/03/2024 08:15", HardWrap.Lines(p[1], Width), HardWrap.Lines(p[2], Width),
            HardWrap.Lines(p[3], Width), HardWrap.Lines(Articles.Closing(language), Width));
    }

    [Theory]
    [InlineData("en", "Island ferry crossings will stop for two weeks this spring", "Council says the slipway needs repairs after the storms")]
    [InlineData("fr", "La traversée vers l'île sera suspendue pendant deux semaines", "Conseil et armateur se disputent le coût des travaux")]
    [InlineData("es", "El transbordador a la isla dejará de funcionar dos semanas", "Consejo y naviera discuten quién pagará las obras del muelle")]
    [InlineData("it", "Il traghetto per l'isola resterà fermo due settimane intere", "Consiglio e armatore litigano sul costo dei lavori al molo")]
    [InlineData("pt", "A travessia para a ilha vai parar durante duas semanas", "Conselho e armador discutem quem paga as obras do cais")]
    [InlineData("nl", "Veerdienst naar het eiland ligt twee weken helemaal stil", "Raad en rederij ruziën over de kosten van de nieuwe steiger")]
    public void ADeckOpeningOnACommonWord_GluedUnderAHeadlineTheWidthFills_OpensTheBody(string language, string headline, string deck)
    {
        var p = Articles.Of(language);

        var article = ArticleParser.Parse(Page(language, headline + "\n" + deck));

        Assert.Equal(headline, article.Title);
        Assert.Equal(new[] { deck, p[1], p[2], p[3] }, article.Paragraphs.Take(4).Select(x => x.Text));
    }

    // The deck itself wrapped over two lines at the page's width: the headline is still the first line alone.
    [Theory]
    [InlineData("en", "Island ferry crossings will stop for two weeks this spring", "Council says the slipway needs urgent repairs after the winter storms damaged the pier")]
    [InlineData("nl", "Veerdienst naar het eiland ligt twee weken helemaal stil", "Raad en rederij ruziën over de kosten van de nieuwe steiger bij de haven van het eiland")]
    [InlineData("pt", "A travessia de barco para a ilha vai parar durante o inverno", "O conselho e o armador discutem quem vai pagar as obras do cais depois das tempestades")]
    public void ADeckWrappedOverTwoLines_GluedUnderAHeadline_OpensTheBody(string language, string headline, string deck)
    {
        var article = ArticleParser.Parse(Page(language, headline + "\n" + HardWrap.Lines(deck, Width)));

        Assert.Equal(headline, article.Title);
        Assert.Equal(deck, article.Paragraphs[0].Text);
    }

    // What goes on with the headline's clause, never a deck: a name the page never prints in lower case ("Edith Marsh
    // safe …"); a German noun, capitalised wherever it stands ("… den Bau der neuen" / "Fußgängerbrücke …"); and a first
    // name that is also a common word ("bill", "rosa"), printed in lower case on the page, where the capitalised word
    // after it makes the two a name.
    [Theory]
    [InlineData("en", "Rescue team praised after night search finds missing walker", "Edith Marsh safe and well on the slopes above the lake")]
    [InlineData("de", "Stadtrat beschließt nach langer Debatte den Bau der neuen", "Fußgängerbrücke über die Ammer am alten Mühlsteg")]
    [InlineData("en", "Council faces rescue bill after night search finds missing walker", "Bill Rowe safe and well on the slopes above the lake")]
    [InlineData("es", "Los rescatistas hallan de noche a la senderista de chaqueta rosa", "Rosa Gil está sana y salva en las laderas sobre el lago")]
    public void ANameOrANounUnderTheHeadline_StaysOneTitle(string language, string first, string second)
    {
        var article = ArticleParser.Parse(Page(language, first + "\n" + second));

        Assert.Equal(first + " " + second, article.Title);
    }

    // A headline, a deck and a byline in one block: the byline signs the page and never joins the deck's paragraph.
    [Fact]
    public void AByline_GluedUnderTheDeck_SignsThePage_AndStaysOutOfTheBody()
    {
        const string headline = "Island ferry crossings will stop for two weeks this spring";
        const string deck = "Council says the slipway needs repairs after the storms";
        var article = ArticleParser.Parse(Page("en", headline + "\n" + deck + "\nBy Tom Vale, Local Democracy Reporting Service"));

        Assert.Equal(headline, article.Title);
        Assert.Equal("Tom Vale", article.Author);
        Assert.Equal(deck, article.Paragraphs[0].Text);
        Assert.DoesNotContain(article.Paragraphs, x => x.Text.Contains("Tom Vale"));
    }
}
