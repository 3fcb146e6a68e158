namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A page printed a paragraph a line with no blank line anywhere: its line ends change nothing of the headline read by where it
/// stands (<see cref="PlacedHeadlineTests"/> reads it in both printings), and nothing short over the standfirst becomes a
/// headline that the page with its blank lines would not read.
/// </summary>
public sealed class UnbrokenPlacedHeadlineTests
{
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
                var article = ArticleParser.Parse(PlacedHeadlineTests.Page(language, headline, byline, date, separator).Replace("\n", lineEnd));

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
        var article = ArticleParser.Parse(PlacedHeadlineTests.Page(language, label, byline, date, "\n"));

        Assert.NotEqual(label, article.Title);
    }
}
