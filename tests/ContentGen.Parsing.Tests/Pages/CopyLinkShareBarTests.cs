using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A share bar joined by function words that ends on the button that copies the article's link ("Condividi su Facebook
/// Condividi su WhatsApp Copia link", "Delen via WhatsApp Delen via Facebook Link kopiëren"): chrome between the byline and
/// the lead, never a heading nor a paragraph. A heading that opens on the verb still heads its section.
/// </summary>
public sealed class CopyLinkShareBarTests
{
    [Theory]
    [InlineData("it", "Condividi su Facebook Condividi su WhatsApp Copia link", "di Paolo Neri")]
    [InlineData("nl", "Delen via WhatsApp Delen via Facebook Link kopiëren", "Door Eva Mol")]
    [InlineData("es", "Compartir en Facebook Compartir en X Copiar enlace", "Por Marta Ruiz")]
    [InlineData("pt", "Partilhar no Facebook Partilhar no X Copiar link", "Por Rui Sousa")]
    [InlineData("de", "Teilen auf Facebook Teilen auf WhatsApp Link kopieren", "Von Jana Kolb")]
    [InlineData("en", "Share on Facebook Share on WhatsApp Copy link", "By Tom Vale")]
    public void AShareBarEndingOnCopyLink_IsChrome(string language, string bar, string byline)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var page = string.Join("\n\n", "Skip to content\nCoastal Gazette\nNews  Sport  Weather  Opinion\nSubscribe  Sign in", p[0],
            byline + "\n05/03/2026 14:32", bar, closing, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.DoesNotContain(article.Sections, s => s.Heading is not null);
        Assert.Equal(new[] { closing, p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("es", "Copiar el modelo de Valdecina")]
    [InlineData("it", "Copia conforme in municipio")]
    public void AHeadingThatOpensOnTheVerb_HeadsItsSection(string language, string heading)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], heading, closing, p[3]));

        Assert.Equal(heading, Assert.Single(article.Sections, s => s.Heading is not null).Heading);
    }
}
