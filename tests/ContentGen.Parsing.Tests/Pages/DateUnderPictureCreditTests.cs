using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A feature's credits stack the writer, who took the pictures, then the date ("Words by Harriet Roe" / "Photographs by Ian
/// Low" / "Saturday 8 March 2025"), below a standfirst of two paragraphs: the date is the byline's all the same. A picture's
/// credit with a date under it far below the byline dates nothing.
/// </summary>
public sealed class DateUnderPictureCreditTests
{
    [Theory]
    [InlineData("en", "Words by Harriet Roebuck\nPhotographs by Ian Lowry\nSaturday 8 March 2025", "Harriet Roebuck", "2025-03-08")]
    [InlineData("es", "Texto: Ana Gilabert\nFotos: Luis Morales\n12/03/2026 10:41", "Ana Gilabert", "2026-03-12T10:41")]
    [InlineData("de", "Text: Jana Kolbeck\nFotos: Max Brandau\n12.03.2026, 10:41 Uhr", "Jana Kolbeck", "2026-03-12T10:41")]
    [InlineData("pt", "Texto: Rita Sequeira\nFotografia: Nuno Felgar\n12 de março de 2026", "Rita Sequeira", "2026-03-12")]
    public void TheDateUnderAPictureCredit_UnderTheByline_DatesTheArticle(string language, string stack, string author, string published)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home | News | Sport", p[0], p[1], p[2], stack, p[3], Articles.Closing(language), "© 2026 Site");
        var article = ArticleParser.Parse(page);

        Assert.Equal((author, published), (article.Author, article.Published));
    }

    // Guard: a picture's credit and a date under the article's last paragraph are an archive photo's, not the byline's.
    [Fact]
    public void APictureCreditAndDate_FarBelowTheByline_DateNothing()
    {
        var p = Articles.Of("en");
        var page = string.Join("\n\n", "Home | News | Sport", p[0], p[1], "By Harriet Roebuck", p[2], p[3], Articles.Closing("en"), "Photographs by Ian Lowry\nSaturday 8 March 1975", "Most read\nBypass inquiry to reopen in May\nCup replay moved to Tuesday night");
        var article = ArticleParser.Parse(page);

        Assert.Equal(("Harriet Roebuck", (string?)null), (article.Author, article.Published));
    }
}
