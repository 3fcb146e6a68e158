namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// The browser's title gives the site's name in short ("Headline | Hollinsby Courier") and the masthead under it prints it
/// in full ("The Hollinsby Courier"): the masthead's form is the source (TitleSplitter.MastheadForms). A line that is no
/// longer form of the short name (a section's, a strapline's, another outlet's) leaves the browser's form. Invented pages.
/// </summary>
public sealed class BrowserTitleMastheadFormTests
{
    private static string Page(string language, string site, string masthead)
    {
        var p = Articles.Of(language);
        return string.Join("\n\n", p[0] + " | " + site + "\n" + masthead + "\n" + Articles.GappedMenu(language), p[0], p[1], p[2], p[3]);
    }

    [Theory]
    [InlineData("en", "Hollinsby Courier", "The Hollinsby Courier")]
    [InlineData("en", "Haddowby Echo", "Haddowby & Went Valley Echo")]
    [InlineData("fr", "Courrier du Vallon", "Le Courrier du Vallon")]
    [InlineData("de", "Wendtaler Kurier", "Der Wendtaler Kurier")]
    [InlineData("es", "Heraldo de Valdemora", "El Heraldo de Valdemora")]
    [InlineData("it", "Gazzetta di Valmora", "La Gazzetta di Valmora")]
    [InlineData("pt", "Jornal do Alcarede", "O Jornal do Alcarede")]
    [InlineData("nl", "Stem van Wolderland", "De Stem van Wolderland")]
    public void AMastheadPrintingTheBrowsersSiteInFull_GivesTheSource(string language, string site, string masthead)
    {
        var article = ArticleParser.Parse(Page(language, site, masthead));

        Assert.Equal((Articles.Of(language)[0], masthead), (article.Title, article.Source));
    }

    // Guards: a section's line after the name, a strapline after a dash, another outlet of the same place.
    [Theory]
    [InlineData("en", "Hollinsby Courier", "Hollinsby Courier Sport")]
    [InlineData("fr", "Courrier du Vallon", "Le Courrier du Vallon – toute l'info du Vallon")]
    [InlineData("it", "Gazzetta di Valmora", "Radio Valmora")]
    [InlineData("de", "Wendtaler Kurier", "Wendtaler Kurier Anzeigen")]
    [InlineData("es", "Heraldo de Valdemora", "Ayuntamiento de Valdemora")]
    public void ALineThatIsNoLongerFormOfTheSite_LeavesTheBrowsersForm(string language, string site, string line)
    {
        var article = ArticleParser.Parse(Page(language, site, line));

        Assert.Equal(site, article.Source);
    }
}
