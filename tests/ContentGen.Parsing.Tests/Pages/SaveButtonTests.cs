using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A page's button to save the article for later ("Bookmark", "Merken", "Guardar", "Bewaren") is dumped alone on its
/// line between the byline and the lead: chrome, never a subheading between the deck and the first paragraph, nor a
/// paragraph. A heading that opens on the same word still heads its section.
/// </summary>
public sealed class SaveButtonTests
{
    [Theory]
    [InlineData("en", "Bookmark", "By Tom Vale")]
    [InlineData("en", "Save for later", "By Tom Vale")]
    [InlineData("de", "Merken", "Von Jana Kolb")]
    [InlineData("es", "Guardar", "Por Marta Ruiz")]
    [InlineData("fr", "Sauvegarder", "Par Anne Lorin")]
    [InlineData("it", "Salva", "di Paolo Neri")]
    [InlineData("pt", "Guardar artigo", "Por Rui Sousa")]
    [InlineData("nl", "Bewaren", "Door Eva Mol")]
    public void ASaveButtonUnderTheByline_IsChrome(string language, string button, string byline)
    {
        var p = Articles.Of(language);
        var deck = Articles.Closing(language);
        var page = string.Join("\n\n", "Skip to content\nCoastal Gazette\nNews  Sport  Weather  Opinion\nSubscribe  Sign in", p[0], deck,
            byline + "\n05/03/2026 14:32", button, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.DoesNotContain(article.Sections, s => s.Heading is not null);
        Assert.Equal(new[] { deck, p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("en", "Saving the old mill")]
    [InlineData("nl", "Bewaren voor later")]
    public void AHeadingThatOpensOnTheWord_HeadsItsSection(string language, string heading)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], heading, closing, p[3]));

        Assert.Equal(heading, Assert.Single(article.Sections, s => s.Heading is not null).Heading);
    }
}
