using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A police release's or a local paper's headline often ends on a short clause after a dash, a subject and its participle or
/// verb ("… – Zeugen gesucht", "… - Witnesses sought"): the clause is the headline's, not a site's name cut off it, when it ends
/// on a word in lower case, holds no paper's word, and the page names itself so nowhere (its masthead, its rights notice). A
/// paper whose name ends in lower case ("Le Héron déchaîné") prints it at the page's top or foot, and is cut off as a site.
/// Invented pages, in other words than the tuning page that showed it.
/// </summary>
public sealed class ClauseTailTitleTests
{
    private static string Page(string language, string headline, string masthead)
    {
        var p = Articles.Of(language);
        return string.Join("\n\n", masthead + "\n" + Articles.GappedMenu(language), headline, Articles.Dateline(language), p[1], p[2], p[3], "© 2026 " + masthead);
    }

    [Theory]
    [InlineData("de", "POL-HBK: Radlader von Baustelle gestohlen – Zeugen gesucht")]
    [InlineData("de", "Falsche Handwerker erbeuten Bargeld bei Rentnerin – Polizei warnt")]
    [InlineData("en", "Digger stolen from building site on the bypass - Witnesses sought")]
    [InlineData("fr", "Un tracteur volé sur un chantier de la commune – Témoins recherchés")]
    [InlineData("es", "Roban una excavadora de una obra junto a la carretera – Vecinos indignados")]
    [InlineData("it", "Rubata una ruspa da un cantiere sulla provinciale – Traffico bloccato")]
    [InlineData("pt", "Roubada retroescavadora de uma obra na estrada nacional – Trânsito cortado")]
    [InlineData("nl", "Graafmachine gestolen van bouwplaats langs de provinciale weg – Getuigen gezocht")]
    public void AShortClauseAfterTheDash_StaysOnTheHeadline(string language, string headline)
    {
        var p = Articles.Of(language);
        var masthead = Articles.Masthead(language);
        var article = ArticleParser.Parse(Page(language, headline, masthead));

        Assert.Equal(headline, article.Title);
        Assert.Equal(masthead, article.Source);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // Guards: a site whose name ends in lower case is cut off where the page names itself so (its masthead and its rights
    // notice), and a name in capitals or with a paper's word is cut off as before.
    [Theory]
    [InlineData("fr", "Un tracteur volé sur un chantier de la commune", "Le Héron déchaîné", "Le Héron déchaîné")]
    [InlineData("en", "Digger stolen from building site on the bypass", "The Marsh Valley Post", "Wendover Chronicle")]
    [InlineData("de", "Radlader von Baustelle gestohlen und zurückgelassen", "Kinzigtaler Bote", "Hochwälder Anzeiger")]
    [InlineData("it", "Rubata una ruspa da un cantiere sulla provinciale", "Gazzetta locale", "Gazzetta del Frignano")]
    public void ASitesName_IsCutOffTheHeadline(string language, string headline, string site, string masthead)
    {
        var article = ArticleParser.Parse(Page(language, headline + " – " + site, masthead));

        Assert.Equal(headline, article.Title);
        Assert.Equal(site, article.Source);
    }
}
