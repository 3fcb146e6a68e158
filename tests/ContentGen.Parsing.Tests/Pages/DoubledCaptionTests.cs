using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A page prints a photo's caption twice (the picture, then its enlarged copy), each time over the
/// agency's credit: the first copy is the picture's caption, not a paragraph of the article.
/// </summary>
public sealed class DoubledCaptionTests
{
    [Theory]
    [InlineData("fr", "Le quai de la gare routière de Port-Lavoie, le 3 mars 2024.", "JEANNE ROUX/AFP")]
    [InlineData("en", "The bus station at Harbourside on 3 March 2024.", "JANE ROE/PA")]
    [InlineData("es", "La estación de autobuses de Arenales, el 3 de marzo de 2024.", "ANA RUIZ/EFE")]
    public void ACaptionPrintedTwiceOverItsCredit_IsSetAside(string language, string caption, string credit)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], p[1], caption, credit, caption + "\n" + credit, p[2], closing, p[3]));

        Assert.Equal(new[] { p[1], p[2], closing, p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // A sentence printed once over a credit is the article's (the credit may sign it).
    [Fact]
    public void ASentenceOverACredit_PrintedOnce_Stays()
    {
        var p = Articles.Of("fr");
        var closing = Articles.Closing("fr");
        var sentence = "Le quai de la gare routière sera rallongé de vingt mètres avant l'été.";
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], p[1], sentence, "JEANNE ROUX/AFP", p[2], closing, p[3]));

        Assert.Contains(sentence, article.Paragraphs.Select(x => x.Text));
    }
}
