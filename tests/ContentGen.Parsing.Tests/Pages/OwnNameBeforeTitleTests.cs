using System.Linq;
using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Many sites print their browser title with their name first ("Westmarch Herald | Ferry fares rise", "Diario del Henares -
/// Las obras …"). The name before the first separator is the source when the page names itself with it: its masthead alone
/// on a line at the top, or its rights notice. A section's label or a place before a bar names no site.
/// </summary>
public sealed class OwnNameBeforeTitleTests
{
    [Theory]
    [InlineData("en", "Skip to main content", "Westmarch Herald", " | ", true)]
    [InlineData("de", "Zum Inhalt springen", "Oberland Echo", " | ", true)]
    [InlineData("es", "Ir al contenido", "Diario del Henares", " - ", true)]
    [InlineData("pt", "Saltar para o conteúdo", "Gazeta do Alto Vale", " | ", true)]
    [InlineData("fr", "Aller au contenu", "Le Réveil des Combes", " – ", false)]
    [InlineData("it", "Vai al contenuto", "La Voce di Travona", " | ", false)]
    [InlineData("nl", "Direct naar de inhoud", "Dagblad De Meierij", " - ", true)]
    public void ASitesNameBeforeTheHeadline_IsTheSource_WhenThePageNamesItself(string language, string skip, string site, string separator, bool masthead)
    {
        var p = Articles.Of(language);
        var top = (masthead ? skip + "\n" + site + "\n" : string.Empty) + Articles.GappedMenu(language) + "\n\n" + Articles.GappedMenu(language).Replace("  ", " > ") + "\n\n";
        var bottom = masthead ? "Contact" : "© 2025 " + site;
        var page = top + site + separator + p[0] + "\n\n" + string.Join("\n\n", Articles.Dateline(language), p[1], p[2], p[3], Articles.Closing(language), bottom);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(site, article.Source);
        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
    }

    // Guards: a name that reads as a paper's but is not the page's own masthead or rights holder (another paper quoted in a
    // headline, a section's or a place's label) stays in the title.
    [Theory]
    [InlineData("en", "Oakridge Gazette", "Valley Courier")]
    [InlineData("de", "Rheintaler Bote", "Sport")]
    [InlineData("es", "El Faro de Lugo", "Lugo")]
    public void ANameBeforeTheBar_ThatThePageDoesNotCallItself_StaysInTheTitle(string language, string masthead, string prefix)
    {
        var p = Articles.Of(language);
        var line = prefix + " | " + p[0];
        var page = string.Join("\n\n", masthead + "\n" + Articles.GappedMenu(language), Articles.GappedMenu(language).Replace("  ", " > "), line, Articles.Dateline(language), p[1], p[2], p[3], Articles.Closing(language), "© 2025 " + masthead);

        var article = ArticleParser.Parse(page);

        Assert.Equal(line, article.Title);

        // The masthead its rights notice names is the page's source (session 57's convention), never the prefix.
        Assert.Equal(masthead, article.Source);
    }

    // Guard: the masthead's name before a bar with one word after it is the site and a section, no headline.
    [Fact]
    public void TheMastheadBeforeOneWord_IsNoHeadlineSplit()
    {
        var p = Articles.Of("en");
        var page = string.Join("\n\n", "Westmarch Herald\n" + Articles.GappedMenu("en"), Articles.GappedMenu("en").Replace("  ", " > "), p[0], Articles.Dateline("en"), p[1], p[2], p[3], Articles.Closing("en"), "Westmarch Herald | Sport");

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);

        // The masthead is the page's source (session 57's convention), not "Westmarch Herald | Sport".
        Assert.Equal("Westmarch Herald", article.Source);
    }
}
