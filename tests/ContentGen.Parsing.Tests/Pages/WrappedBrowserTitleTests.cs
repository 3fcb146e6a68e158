namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// The browser's title printed first on the page, "Headline - Section - Site", wrapped by the dump onto two lines when it
/// runs past the page's width: it is one title line, read whole, whose headline is the title and whose site is the source.
/// </summary>
public sealed class WrappedBrowserTitleTests
{
    private const string Site = CourierHeader.Site;

    // Headlines long enough to wrap, with the break inside the headline.
    private static string Headline(string language) => language switch
    {
        "en" => "Crabley: the footbridge over the old lock will stay closed until the summer holidays",
        "fr" => "Saint-Méry : la passerelle de l'ancienne écluse restera fermée jusqu'aux vacances d'été",
        "de" => "Talheim: Die Fußgängerbrücke an der alten Schleuse bleibt bis zu den Sommerferien gesperrt",
        "es" => "Valdemoro: la pasarela de la antigua esclusa seguirá cerrada hasta las vacaciones de verano",
        "it" => "Teglio, la passerella della vecchia chiusa resterà chiusa fino alle vacanze estive",
        "pt" => "Ponte de Lima: a ponte pedonal da antiga eclusa vai ficar fechada até às férias de verão",
        _ => "Kasterlee: de loopbrug over de oude sluis blijft dicht tot aan de zomervakantie in juli",
    };

    private static string Article(string language)
    {
        var p = Articles.Of(language);
        return string.Join("\n\n", Articles.Closing(language), p[1], p[2], p[3], "© 2025 " + Site);
    }

    private static string Page(string language, string titleLine)
        => HardWrap.Lines(titleLine, 72) + "\n" + CourierHeader.Lines(language) + "\n\n" + Article(language);

    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void TheBrowsersTitle_WrappedOntoTwoLines_IsReadWhole(string language)
    {
        var headline = Headline(language);
        var titleLine = headline + " - " + CourierHeader.Section(language) + " - " + Site;
        Assert.Contains('\n', HardWrap.Lines(titleLine, 72));

        var article = ArticleParser.Parse(Page(language, titleLine));

        Assert.Equal(headline, article.Title);
        Assert.Equal(Site, article.Source);
        Assert.Equal(1, article.TitlePosition.Line);
        Assert.Equal(Articles.Closing(language), article.Paragraphs[0].Text);
    }

    // The headline printed again over the article is the printed copy's: the wrapped title line does not take it.
    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void TheWrappedBrowsersTitle_WithTheHeadlinePrintedOverTheArticle_LeavesThePrintedCopyTheTitle(string language)
    {
        var headline = Headline(language);
        var titleLine = headline + " - " + CourierHeader.Section(language) + " - " + Site;
        var page = HardWrap.Lines(titleLine, 72) + "\n" + CourierHeader.Lines(language) + "\n\n" + headline + "\n\n" + Article(language);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(8, article.TitlePosition.Line);
    }
}
