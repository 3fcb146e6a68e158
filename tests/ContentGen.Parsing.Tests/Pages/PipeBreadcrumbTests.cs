using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A trail of sections parted by bars that opens on the home page's name ("Startseite | Region | Kultur") is a
/// breadcrumb, never the headline, even where the headline carries its site's name after a bar; bars without the
/// home page's name may part a headline from its site's name and are judged by the title rules.
/// </summary>
public sealed class PipeBreadcrumbTests
{
    [Theory]
    [InlineData("de", "Startseite | Region | Kultur", "Werratal Bote")]
    [InlineData("en", "Home | News | Local", "Valley Courier")]
    [InlineData("es", "Inicio | Local | Cultura", "La Voz del Jalón")]
    [InlineData("fr", "Accueil | Régions | Culture", "Le Réveil du Morvan")]
    public void ABarTrailFromTheHomePage_IsNoHeadline(string language, string trail, string site)
    {
        var paragraphs = Articles.Of(language);
        var page = string.Join("\n\n", "Skip to content\n" + trail, paragraphs[0] + " | " + site, "12/03/2024", paragraphs[1], paragraphs[2], paragraphs[3], "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Equal((paragraphs[0], site), (article.Title, article.Source));
        Assert.Equal(new[] { paragraphs[1], paragraphs[2], paragraphs[3] }, article.Paragraphs.Select(p => p.Text));
    }
}
