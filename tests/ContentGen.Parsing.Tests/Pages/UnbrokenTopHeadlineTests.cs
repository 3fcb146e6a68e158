namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A page printed with no blank line over its article sets no line apart: its site's name and its menus stand above the
/// headline, glued to it as every line is, and the headline is the last full line that may be one over the article, not
/// the menu's line on top.
/// </summary>
public sealed class UnbrokenTopHeadlineTests
{
    // An agency's page: the byline and the date close the article, so no stamps under the headline tell it.
    private static string Page(string language, string menu, string trail)
    {
        var p = Articles.Of(language);
        return string.Join("\n", "valleycourier.example", menu, trail, p[0], p[1], p[2], p[3], Articles.Closing(language), "Jane Roe, dpa");
    }

    [Theory]
    [InlineData("en", "News Sport Money Cars Travel Games", "News > Region > Transport")]
    [InlineData("fr", "Actualités Sports Économie Auto Voyages Jeux", "Actualités > Région > Transports")]
    [InlineData("de", "Nachrichten Sport Finanzen Auto Reisen Spiele", "Nachrichten > Region > Verkehr")]
    [InlineData("es", "Noticias Deportes Economía Motor Viajes Juegos", "Noticias > Región > Transporte")]
    [InlineData("it", "Notizie Sport Economia Motori Viaggi Giochi", "Notizie > Regione > Trasporti")]
    [InlineData("pt", "Notícias Desporto Economia Motores Viagens Jogos", "Notícias > Região > Transportes")]
    [InlineData("nl", "Nieuws Sport Economie Auto Reizen Spellen", "Nieuws > Regio > Verkeer")]
    public void TheHeadline_UnderAMenuAndATrail_PrintedWithNoBlankLine_IsTheTitle(string language, string menu, string trail)
    {
        var article = ArticleParser.Parse(Page(language, menu, trail));

        Assert.Equal(Articles.Headline(language), article.Title);
        Assert.Equal(Articles.Of(language)[1], article.Paragraphs[0].Text);
    }

    // A page's line ends tell nothing of its layout: lines ended by CR alone or by CR LF are as unbroken as lines ended by LF.
    [Theory]
    [InlineData("en", "News Sport Money Cars Travel Games", "News > Region > Transport", "\r")]
    [InlineData("en", "News Sport Money Cars Travel Games", "News > Region > Transport", "\r\n")]
    [InlineData("de", "Nachrichten Sport Finanzen Auto Reisen Spiele", "Nachrichten > Region > Verkehr", "\r")]
    [InlineData("de", "Nachrichten Sport Finanzen Auto Reisen Spiele", "Nachrichten > Region > Verkehr", "\r\n")]
    public void TheHeadline_UnderAMenuAndATrail_PrintedWithNoBlankLine_IsTheTitle_WhateverTheLineEnds(string language, string menu, string trail, string lineEnd)
    {
        var article = ArticleParser.Parse(Page(language, menu, trail).Replace("\n", lineEnd));

        Assert.Equal(Articles.Headline(language), article.Title);
        Assert.Equal(Articles.Of(language)[1], article.Paragraphs[0].Text);
    }

    // A blank line under the article's second paragraph, ended by CR alone or by CR LF, is as blank as one ended by LF: the
    // page reads the same title whatever its line ends.
    [Theory]
    [InlineData("en", "News Sport Money Cars Travel Games", "News > Region > Transport")]
    [InlineData("de", "Nachrichten Sport Finanzen Auto Reisen Spiele", "Nachrichten > Region > Verkehr")]
    public void APageWithABlankLineUnderItsOpening_ReadsTheSameTitle_WhateverTheLineEnds(string language, string menu, string trail)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n", "valleycourier.example", menu, trail, p[0], p[1], p[2]) + "\n\n" + string.Join("\n\n", p[3], Articles.Closing(language));
        var title = ArticleParser.Parse(page).Title;

        Assert.Equal(title, ArticleParser.Parse(page.Replace("\n", "\r\n")).Title);
        Assert.Equal(title, ArticleParser.Parse(page.Replace("\n", "\r")).Title);
    }

    // A plain article printed with no blank line starts with its headline: a label under it is no later headline.
    [Theory]
    [InlineData("en", "Analysis")]
    [InlineData("de", "Hintergrund")]
    public void APlainArticlesFirstLine_PrintedWithNoBlankLine_StaysTheTitle(string language, string label)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n", p[0], label, p[1], p[2], p[3], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
    }

    // The menu's line is set apart from the headline by a blank line: the page's own layout tells it, as before.
    [Fact]
    public void APageWithBlankLines_KeepsItsHeadlineSetApart()
    {
        var p = Articles.Of("en");
        var page = "valleycourier.example\nNews Sport Money Cars Travel Games\n\n" + string.Join("\n\n", p[0], p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
    }

    // A box of other stories' headlines under the article's lede stands under the page's first prose: none is the headline.
    [Theory]
    [InlineData("en", "Read also", "Harbour fees rise for the first time in ten years")]
    [InlineData("pt", "Leia também", "Taxas do porto sobem pela primeira vez em dez anos")]
    public void AHeadlineOfABox_UnderTheLede_PrintedWithNoBlankLine_IsNoTitle(string language, string label, string link)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n", "valleycourier.example", "News Sport Money Cars Travel Games", p[0], p[1], label, link, p[2], p[3], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
    }
}
