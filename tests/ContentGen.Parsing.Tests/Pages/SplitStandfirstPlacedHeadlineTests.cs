namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A standfirst a page prints as two paragraphs (split at a sentence's end) between the short headline and the byline's
/// stack: the headline is still read by where it stands, over the whole standfirst, and the standfirst stays in the body.
/// </summary>
public sealed class SplitStandfirstPlacedHeadlineTests
{
    private static string Page(string language, string headline, string second, string byline, string date)
    {
        var p = Articles.Of(language);
        return string.Join(
            "\n\n",
            "Skip to content\nThe Valley Courier\nNews Sport Culture Weather\nSign in",
            headline,
            p[1],
            second,
            byline + "\n" + date,
            p[2],
            p[3],
            Articles.Closing(language));
    }

    [Theory]
    [InlineData("en", "Harbour reopens", "The first boats left at dawn.", "By Jane Roe", "14 November 2025, 07:45")]
    [InlineData("fr", "Halle rouverte", "Les premiers étals ouvrent lundi.", "Par Claire Roy", "21 novembre 2025 à 18h10")]
    [InlineData("de", "Brücke gesperrt", "Die Umleitung führt über den Markt.", "Von Jonas Berg", "28.10.2025, 16:30 Uhr")]
    [InlineData("es", "Fuego controlado", "Los vecinos ya han vuelto a sus casas.", "Por Sergio Olmo", "12/11/2025 - 13:40")]
    [InlineData("it", "Ponte chiuso", "La deviazione passa per la piazza.", "di Paola Neri", "5 novembre 2025 alle 09:15")]
    [InlineData("pt", "Fogo controlado", "Os moradores já voltaram para casa.", "Por Ana Costa", "18 de agosto de 2025, 08:05")]
    [InlineData("nl", "Bibliotheek gaat ook op zondag open.", "Vrijwilligers houden de deuren open.", "Door Els Smit", "3 december 2025, 14:25")]
    public void AShortHeadline_OverAStandfirstInTwoParagraphs_IsTheTitle(string language, string headline, string second, string byline, string date)
    {
        var article = ArticleParser.Parse(Page(language, headline, second, byline, date));

        Assert.Equal(headline, article.Title);
        Assert.Equal(Articles.Of(language)[1], article.Paragraphs[0].Text);
        Assert.Equal(second, article.Paragraphs[1].Text);
    }

    // The line over the two paragraphs is a section's one word: no headline stands there.
    [Theory]
    [InlineData("en", "Business", "The first boats left at dawn.", "By Jane Roe", "14 November 2025, 07:45")]
    [InlineData("pt", "Região", "Os moradores já voltaram para casa.", "Por Ana Costa", "18 de agosto de 2025, 08:05")]
    public void NoHeadline_OverAStandfirstInTwoParagraphs_IsNoTitle(string language, string line, string second, string byline, string date)
    {
        var article = ArticleParser.Parse(Page(language, line, second, byline, date));

        Assert.NotEqual(line, article.Title);
    }

    // Three paragraphs of prose under a short line are the article's opening, no standfirst a page split: past
    // MaxStandfirstParagraphs the line over them is not read as the headline by its place.
    [Theory]
    [InlineData("en", "Harbour reopens", "The first boats left at dawn.", "The crews had waited for a week.", "By Jane Roe", "14 November 2025, 07:45")]
    [InlineData("pt", "Fogo controlado", "Os moradores já voltaram para casa.", "Os bombeiros ficaram no local durante a noite.", "Por Ana Costa", "18 de agosto de 2025, 08:05")]
    public void AShortLine_OverThreeParagraphsOfProse_IsNoTitle(string language, string line, string second, string third, string byline, string date)
    {
        var p = Articles.Of(language);
        var page = string.Join(
            "\n\n",
            "Skip to content\nThe Valley Courier\nNews Sport Culture Weather\nSign in",
            line,
            p[1],
            second,
            third,
            byline + "\n" + date,
            p[2],
            p[3],
            Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.NotEqual(line, article.Title);
    }
}
