using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A one-line deck with no stop, no wider than its headline, glued under a one-line headline on a page a dump wrapped at
/// 80 columns (the group's own width glues the two): the deck's first word would have fitted on the headline's line at the
/// page's width, so the page broke the line, not the width, and the deck opens the body as it does on a page printed a
/// paragraph a line. A headline line ending on a capitalised word (the first half of a name a narrower wrap may have cut)
/// stays one title with the line under it.
/// </summary>
public sealed class GluedDeckWrappedPageTests
{
    private const int Width = 80;

    private static string Page(string language, string headlineAndDeck) => WrappedGluedDeckPage.Of(language, headlineAndDeck, Width);

    [Theory]
    [InlineData("en", "Lido pool to stay shut all summer as repair bill doubles", "Council blames cracked tiles and a failed pump")]
    [InlineData("fr", "Les passeurs du bac votent la grève contre les horaires d'hiver", "Le syndicat dénonce un planning sans second pilote")]
    [InlineData("es", "Los patrones del transbordador votan ir a la huelga", "El sindicato rechaza los nuevos turnos de noche")]
    [InlineData("it", "I marinai del traghetto votano lo sciopero contro l'orario invernale", "Il sindacato contesta i nuovi turni di notte")]
    [InlineData("pt", "Tripulantes do ferry votam greve contra o horário de inverno", "Sindicato critica a escala sem segundo mestre à noite")]
    [InlineData("nl", "Bemanning van de veerboot stemt voor een staking", "Bond wil een tweede schipper op de late afvaarten")]
    public void ADeckGluedUnderTheHeadline_OnAWrappedPageWithRoom_OpensTheBody(string language, string headline, string deck)
    {
        var p = Articles.Of(language);

        var article = ArticleParser.Parse(Page(language, headline + "\n" + deck));

        Assert.Equal(headline, article.Title);
        Assert.Equal(new[] { deck, p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // "… around Lake" / "Windermere …": a name's first half ends the line, however much room the page shows.
    [Theory]
    [InlineData("en", "Night buses will reach the valley villages around Lake", "Windermere and Grasmere from April until the end of the year")]
    [InlineData("nl", "Nachtbussen rijden vanaf april ook naar de dorpen bij Sint", "Odulfusberg en langs de kust van de polder tot het einde van het jaar")]
    public void AHeadlineEndingOnAName_OnAWrappedPageWithRoom_StaysOneTitle(string language, string first, string second)
    {
        var article = ArticleParser.Parse(Page(language, first + "\n" + second));

        Assert.Equal(first + " " + second, article.Title);
    }
}
