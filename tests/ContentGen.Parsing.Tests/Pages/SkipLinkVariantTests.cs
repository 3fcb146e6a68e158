using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Skip links in the wordings sites print them ("Ga direct naar de inhoud", "Direkt zum Hauptinhalt", "Vai al
/// contenuto principale"): chrome on the page's first line, never the headline.
/// </summary>
public sealed class SkipLinkVariantTests
{
    [Theory]
    [InlineData("nl", "Ga direct naar de inhoud")]
    [InlineData("nl", "Spring naar de inhoud")]
    [InlineData("nl", "Naar hoofdinhoud")]
    [InlineData("nl", "Ga naar hoofdinhoud")]
    [InlineData("de", "Direkt zum Hauptinhalt")]
    [InlineData("it", "Vai al contenuto principale")]
    [InlineData("pt", "Saltar para o conteúdo principal")]
    [InlineData("es", "Saltar al contenido principal")]
    public void ASkipLink_IsNoHeadline(string language, string skip)
    {
        var paragraphs = Articles.Of(language);
        // The skip link over a trail, the dateline over the headline: nothing but the skip link's words tells it from a headline.
        var page = string.Join("\n\n", skip + "\nHome | News | Local", "12/03/2024 14:10", paragraphs[0], Articles.Closing(language), paragraphs[1], paragraphs[2], paragraphs[3]);
        var article = ArticleParser.Parse(page);

        Assert.Equal(paragraphs[0], article.Title);
        Assert.Equal(new[] { Articles.Closing(language), paragraphs[1], paragraphs[2], paragraphs[3] }, article.Paragraphs.Select(p => p.Text));
    }
}
