using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A "read also" label takes one headline: the one right under it, or the first past a blank line.
/// Once the headline right under the label is the link's, the next short line past the blank line
/// is the article's own subheading, not a second linked headline.
/// </summary>
public sealed class SubheadingAfterReadAlsoTests
{
    [Theory]
    [InlineData("en", "Read also", "Ferry fares to rise again in the spring", "A harbour rebuilt")]
    [InlineData("fr", "À lire aussi", "La municipalité lance son budget participatif", "Une charpente sauvée de justesse")]
    [InlineData("de", "Lesen Sie auch", "Fährpreise steigen im Frühjahr erneut", "Kosten von 18 Millionen Euro")]
    [InlineData("es", "Leer también", "El mercado amplía su horario en verano", "Una sala para cada necesidad")]
    [InlineData("it", "Leggi anche", "Nuovo orario per il mercato coperto", "Aule più sicure e più calde")]
    [InlineData("pt", "Leia também", "Mercado municipal abre ao domingo", "Uma cantina para todos")]
    [InlineData("nl", "Lees ook", "Nieuwe buslijn naar de haven vanaf mei", "Lange wachtlijst voor zwemles")]
    public void TheLineAfterTheLinkedHeadline_IsTheArticlesSubheading(string language, string readAlso, string linked, string heading)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var page = string.Join("\n\n", "Menu", p[0], p[1], readAlso + "\n" + linked, heading, p[2], closing, p[3]);
        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], closing, p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == linked);
        Assert.Equal(heading, Assert.Single(article.Sections, s => s.Heading is not null).Heading);
    }

    // A caption under the label is not the link's headline: the headline past it is, and it heads nothing.
    [Fact]
    public void ACaptionUnderTheLabel_LeavesTheLinkItsHeadline()
    {
        var p = Articles.Of("fr");
        var closing = Articles.Closing("fr");
        var insert = "À lire aussi\nPhoto d'illustration\n\nPort-Lavoie : les travaux de la digue reportés à l'automne";
        var page = string.Join("\n\n", "Menu", p[0], p[1], insert, p[2], closing, p[3]);
        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], closing, p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == "Port-Lavoie : les travaux de la digue reportés à l'automne");
        Assert.DoesNotContain(article.Sections, s => s.Heading is not null);
    }
}
