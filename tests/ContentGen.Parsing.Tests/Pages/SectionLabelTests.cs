using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A section's label between the headline and the site's name on a page's title line ("… | Politics | Site") is cut off
/// with the site, and its words stay in the model as boilerplate; a headline's second clause, a menu, a score or a lone
/// separator keep reading as before.
/// </summary>
public sealed class SectionLabelTests
{
    [Theory]
    [InlineData("Volunteers reopen the tide mill at Saltmarsh Quay | Local News | The Fenland Courier", "Volunteers reopen the tide mill at Saltmarsh Quay", "Local News", "The Fenland Courier")]
    [InlineData("La mairie rachète l'ancienne minoterie - Actualités - Le Petit Journal du Causse", "La mairie rachète l'ancienne minoterie", "Actualités", "Le Petit Journal du Causse")]
    [InlineData("Schwimmbad bleibt geschlossen - Lokales - Talbote", "Schwimmbad bleibt geschlossen", "Lokales", "Talbote")]
    [InlineData("Los pescadores de Bermeo piden más cuota de anchoa | Economía | Heraldo de la Costa", "Los pescadores de Bermeo piden más cuota de anchoa", "Economía", "Heraldo de la Costa")]
    [InlineData("Il mulino di Ponte Vecchio torna a macinare – Cronaca – Eco della Bassa", "Il mulino di Ponte Vecchio torna a macinare", "Cronaca", "Eco della Bassa")]
    [InlineData("Pescadores de Peniche recebem novo cais | Sociedade | Gazeta do Oeste", "Pescadores de Peniche recebem novo cais", "Sociedade", "Gazeta do Oeste")]
    [InlineData("Gemeente koopt oude zuivelfabriek aan de Lek | Regio Nieuws | Rivierenbode", "Gemeente koopt oude zuivelfabriek aan de Lek", "Regio Nieuws", "Rivierenbode")]
    public void ALabelBetweenHeadlineAndSite_IsCutOffWithTheSite_AndKeptAsChrome(string line, string headline, string label, string site)
    {
        var article = ArticleParser.Parse(Page(line));

        Assert.Equal(headline, article.Title);
        Assert.Equal(site, article.Source);
        var chrome = Assert.Single(article.Boilerplate, b => b.Text == label);
        Assert.Equal(BoilerplateKind.Navigation, chrome.Kind);
        Assert.Equal(article.TitlePosition.Line, chrome.Position.Line);
        Assert.Equal(line.IndexOf(label, StringComparison.Ordinal), chrome.Position.Offset - article.TitlePosition.Offset);
    }

    // Under a header's menu, over the dateline, the line with a label between headline and site is the headline's.
    [Theory]
    [InlineData("nl", "Ga naar de inhoud\nRivierenbode\nNieuws  Regio  Economie  Sport  Columns  Service\nMijn account", "Gemeente koopt oude zuivelfabriek aan de Lek | Column | Rivierenbode", "23 mei 2025, 08:00")]
    [InlineData("en", "Skip to content\nThe Fenland Courier\nNews  Politics  Business  Sport  Opinion\nLog in", "Volunteers reopen the tide mill at Saltmarsh Quay | Opinion | The Fenland Courier", "23 May 2025, 08:00")]
    public void ALabelledTitleLineUnderTheMenu_IsTheTitle(string language, string header, string line, string dateline)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", header, line, dateline, p[1], p[2], Articles.Closing(language), p[3]));

        Assert.Equal(line.Substring(0, line.IndexOf(" | ", StringComparison.Ordinal)), article.Title);
        Assert.Equal(new[] { p[1], p[2], Articles.Closing(language), p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // Guards: a headline's second clause in lower case, a menu's links, a score, a headline of one word, a single
    // separator, and a tail that reads as no site's name keep the reading of TitleSplitter.
    [Theory]
    [InlineData("Budget passes - but rebels warn - Westminster Weekly")]
    [InlineData("Home | Local News | Sport | Weather")]
    [InlineData("Harbour Town 2 - 1 Rovers - Match Report")]
    [InlineData("Storm | Live | Coastal Gazette")]
    [InlineData("Council approves the new harbour wall | Coastal Gazette")]
    [InlineData("Der Rat stimmt zu - Lokales - und die Stadt zahlt")]
    public void WithoutALabelAndASite_NothingIsCut(string line)
    {
        Assert.Null(SectionLabels.Split(line));
    }

    // A site's one-line title stands on the first line, over the article's paragraphs.
    private static string Page(string line)
        => line + "\n\n" + string.Join("\n\n", Articles.Of(LanguageOf(line)).Skip(1));

    private static string LanguageOf(string line)
        => line.Contains("Fenland", StringComparison.Ordinal) ? "en"
            : line.Contains("Causse", StringComparison.Ordinal) ? "fr"
            : line.Contains("Talbote", StringComparison.Ordinal) ? "de"
            : line.Contains("Heraldo", StringComparison.Ordinal) ? "es"
            : line.Contains("Bassa", StringComparison.Ordinal) ? "it"
            : line.Contains("Oeste", StringComparison.Ordinal) ? "pt"
            : "nl";
}
