namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A page printed a paragraph a line with no blank line anywhere sets nothing apart: the short headline (two words, or one
/// sentence closed by a full stop) over the standfirst and the byline's stack is still the title, read by where it stands,
/// as it is on the page printed with its blank lines.
/// </summary>
public sealed class UnbrokenPlacedHeadlineTests
{
    private static string Page(string language, string headline, string byline, string date, string separator)
    {
        var p = Articles.Of(language);
        return string.Join(
            separator,
            "Skip to content\nThe Valley Courier\nNews Sport Culture Weather\nSign in",
            headline,
            p[1],
            byline + "\n" + date,
            p[2],
            p[3],
            Articles.Closing(language));
    }

    [Theory]
    [InlineData("en", "Harbour reopens", "By Jane Roe", "14 November 2025, 07:45")]
    [InlineData("fr", "Halle rouverte", "Par Claire Roy", "21 novembre 2025 à 18h10")]
    [InlineData("de", "Brücke gesperrt", "Von Jonas Berg", "28.10.2025, 16:30 Uhr")]
    [InlineData("es", "Fuego controlado", "Por Sergio Olmo", "12/11/2025 - 13:40")]
    [InlineData("it", "Ponte chiuso", "di Paola Neri", "5 novembre 2025 alle 09:15")]
    [InlineData("pt", "Fogo controlado", "Por Ana Costa", "18 de agosto de 2025, 08:05")]
    [InlineData("nl", "Brug dicht", "Door Els Smit", "3 december 2025, 14:25")]
    [InlineData("en", "The library will open on Sundays too.", "By Jane Roe", "14 November 2025, 07:45")]
    [InlineData("fr", "La bibliothèque ouvrira aussi le dimanche.", "Par Claire Roy", "21 novembre 2025 à 18h10")]
    [InlineData("de", "Die Bibliothek öffnet auch am Sonntag.", "Von Jonas Berg", "28.10.2025, 16:30 Uhr")]
    [InlineData("es", "La biblioteca abrirá también los domingos.", "Por Sergio Olmo", "12/11/2025 - 13:40")]
    [InlineData("it", "La biblioteca aprirà anche la domenica.", "di Paola Neri", "5 novembre 2025 alle 09:15")]
    [InlineData("pt", "A biblioteca vai abrir também ao domingo.", "Por Ana Costa", "18 de agosto de 2025, 08:05")]
    [InlineData("nl", "Bibliotheek gaat ook op zondag open.", "Door Els Smit", "3 december 2025, 14:25")]
    public void AShortHeadline_OverTheStandfirstAndByline_IsTheTitle_PrintedWithOrWithoutBlankLines(string language, string headline, string byline, string date)
    {
        foreach (var separator in new[] { "\n\n", "\n" })
        {
            var article = ArticleParser.Parse(Page(language, headline, byline, date, separator));

            Assert.Equal(headline, article.Title);
            Assert.Equal(Articles.Of(language)[1], article.Paragraphs[0].Text);
        }
    }

    // A page's line ends tell nothing of its layout: with lines ended by CR alone or by CR LF, the page with its blank lines
    // and the page with none read the same headline as with lines ended by LF.
    [Theory]
    [InlineData("en", "Harbour reopens", "By Jane Roe", "14 November 2025, 07:45")]
    [InlineData("de", "Die Bibliothek öffnet auch am Sonntag.", "Von Jonas Berg", "28.10.2025, 16:30 Uhr")]
    [InlineData("pt", "Fogo controlado", "Por Ana Costa", "18 de agosto de 2025, 08:05")]
    public void AShortHeadline_OverTheStandfirstAndByline_IsTheTitle_WhateverTheLineEnds(string language, string headline, string byline, string date)
    {
        foreach (var separator in new[] { "\n\n", "\n" })
        {
            foreach (var lineEnd in new[] { "\r", "\r\n" })
            {
                var article = ArticleParser.Parse(Page(language, headline, byline, date, separator).Replace("\n", lineEnd));

                Assert.Equal(headline, article.Title);
                Assert.Equal(Articles.Of(language)[1], article.Paragraphs[0].Text);
            }
        }
    }

    // A blank line between the chrome and the headline, ended by CR alone or by CR LF, is as blank as one ended by LF: the
    // page is not read as unbroken for its line ends, and reads the same title.
    [Theory]
    [InlineData("en", "Harbour reopens", "By Jane Roe", "14 November 2025, 07:45")]
    [InlineData("pt", "Fogo controlado", "Por Ana Costa", "18 de agosto de 2025, 08:05")]
    public void APageWithABlankLineUnderItsChrome_ReadsTheSameTitle_WhateverTheLineEnds(string language, string headline, string byline, string date)
    {
        var p = Articles.Of(language);
        var page = "Skip to content\nThe Valley Courier\nNews Sport Culture Weather\nSign in\n\n"
            + string.Join("\n", headline, p[1], byline, date, p[2], p[3], Articles.Closing(language));
        var title = ArticleParser.Parse(page).Title;

        Assert.Equal(title, ArticleParser.Parse(page.Replace("\n", "\r\n")).Title);
        Assert.Equal(title, ArticleParser.Parse(page.Replace("\n", "\r")).Title);
    }

    // A plain article printed with no blank line starts with its headline: a short line under it is no second headline.
    [Theory]
    [InlineData("en", "Analysis piece", "By Jane Roe", "14 November 2025, 07:45")]
    [InlineData("de", "Eine Analyse.", "Von Jonas Berg", "28.10.2025, 16:30 Uhr")]
    [InlineData("pt", "Fogo controlado", "Por Ana Costa", "18 de agosto de 2025, 08:05")]
    public void APlainArticlesFirstLine_PrintedWithNoBlankLine_StaysTheTitle(string language, string line, string byline, string date)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n", p[0], line, p[1], byline + "\n" + date, p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
    }

    // One word over the standfirst is a section's label, set apart or not: it is no headline.
    [Theory]
    [InlineData("en", "Business", "By Jane Roe", "14 November 2025, 07:45")]
    [InlineData("pt", "Região", "Por Ana Costa", "18 de agosto de 2025, 08:05")]
    public void ASectionsLabel_OverTheStandfirst_PrintedWithNoBlankLine_IsNoTitle(string language, string label, string byline, string date)
    {
        var article = ArticleParser.Parse(Page(language, label, byline, date, "\n"));

        Assert.NotEqual(label, article.Title);
    }
}
