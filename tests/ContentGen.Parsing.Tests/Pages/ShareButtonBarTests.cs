using System.Linq;
using ContentGen.Parsing;
using Xunit;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// An article's button bar under its byline, its buttons parted by double spaces and opening on the share button ("Share
/// Save  Gift this article"): its last button may be a phrase, but the bar is no headline and no heading.
/// </summary>
public sealed class ShareButtonBarTests
{
    [Theory]
    [InlineData("en", "Share  Save  Gift this article")]
    [InlineData("fr", "Partager  Sauvegarder  Offrir cet article")]
    [InlineData("de", "Teilen  Merken  Diesen Artikel verschenken")]
    [InlineData("es", "Compartir  Guardar  Regalar este artículo")]
    [InlineData("it", "Condividi  Salva  Regala questo articolo")]
    [InlineData("pt", "Partilhar  Guardar  Oferecer este artigo")]
    [InlineData("nl", "Delen  Bewaren  Artikel cadeau geven")]
    public void AButtonBarOpeningOnShare_IsNeitherTitleNorHeading(string language, string bar)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Skip to content\nThe Valley Courier", "Home  News  Sport  Culture  Opinion", "Long read", p[0], p[1], "Ana Gil\n12/03/2025", bar, p[2], p[3], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.DoesNotContain(article.Sections, s => s.Heading is not null);
        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
    }

    // A headline may open on the verb, in a clause with no gap after it.
    [Theory]
    [InlineData("en", "Share  the  road, cyclists tell the council")]
    [InlineData("nl", "Delen met de buren wordt de norm in de wijk")]
    public void AHeadlineOpeningOnTheVerb_StaysTheTitle(string language, string headline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", headline, p[1], p[2], p[3]);

        Assert.Equal(headline, ArticleParser.Parse(page).Title);
    }
}
