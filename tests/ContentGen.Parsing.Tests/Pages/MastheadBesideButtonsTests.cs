using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A masthead printed beside the header's one-word buttons ("Menu" / "Rechercher" over it, a section's word alone under
/// it), which a menu printed one item a line resembles (OutletNames.MastheadBesideButtons): a name of three words or more,
/// none a menu's or a section's word, is the outlet; a menu's item in a word or two, or one between two of the menu's
/// items, is not. And a masthead set only in capitals and printed nowhere in its own case: the name as printed when it
/// reads as a paper's (an article, then its publication's word, or an article, a name and its publication's word).
/// Invented pages.
/// </summary>
public sealed class MastheadBesideButtonsTests
{
    private static string Page(string language, string header, string? notice = null)
    {
        var p = Articles.Of(language);
        return string.Join(
            "\n\n", header + "\n" + Articles.GappedMenu(language), p[0], Articles.Dateline(language), p[1], p[2], p[3], Articles.Closing(language),
            notice ?? NamelessNotice(language));
    }

    // A rights notice that names no holder: the masthead is the only place the page names itself.
    private static string NamelessNotice(string language) => language switch
    {
        "en" => "© All rights reserved",
        "fr" => "© Tous droits réservés",
        "de" => "© Alle Rechte vorbehalten",
        "es" => "© Reservados todos los derechos",
        "it" => "© Riproduzione riservata",
        "pt" => "© Todos os direitos reservados",
        _ => "© Alle rechten voorbehouden",
    };

    [Theory]
    [InlineData("en", "Menu\nSearch", "The Harlow Sentinel")]
    [InlineData("fr", "Menu\nRechercher", "Le Courrier des Monts")]
    [InlineData("de", "Startseite", "Presseportal der Stadtwerke Wendau")]
    [InlineData("es", "Menú", "El Eco de la Ribera")]
    [InlineData("it", "MENU\nCERCA", "La Voce del Serio")]
    [InlineData("pt", "Menu\nPesquisar", "O Correio do Vouga")]
    [InlineData("nl", "Menu\nZoeken", "De Stem van Zeeland")]
    public void AMastheadUnderTheHeadersButtons_IsTheSource(string language, string buttons, string masthead)
    {
        var article = ArticleParser.Parse(Page(language, buttons + "\n" + masthead));

        Assert.Equal(Articles.Of(language)[0], article.Title);
        Assert.Equal(masthead, article.Source);
    }

    // The section's word alone under the masthead, over the menu: the page's section, not a menu's column.
    [Theory]
    [InlineData("es", "Saltar al contenido", "La Gaceta del Jalón", "Opinión")]
    [InlineData("fr", "Aller au contenu", "Le Réveil du Causse", "Accueil")]
    [InlineData("it", "Vai al contenuto", "Il Corriere della Bassa", "Cronaca")]
    public void AMastheadOverASectionsWordAlone_IsTheSource(string language, string skipLink, string masthead, string section)
    {
        var article = ArticleParser.Parse(Page(language, skipLink + "\n" + masthead + "\n" + section));

        Assert.Equal(masthead, article.Source);
    }

    // Guards: a menu's item in a word or two beside the buttons, and an item of three words between two of the menu's
    // items, name no outlet.
    [Theory]
    [InlineData("en", "Home\nLocal News\nBusiness")]
    [InlineData("fr", "Menu\nRechercher\nVie Locale")]
    [InlineData("it", "Home\nNotizie dal Mondo\nSport")]
    [InlineData("de", "Startseite\nNachrichten aus Wendau\nSport")]
    [InlineData("nl", "Menu\nRegio Noord")]
    public void AMenusItemBesideTheButtons_NamesNoSource(string language, string header)
    {
        var article = ArticleParser.Parse(Page(language, header));

        Assert.Null(article.Source);
    }

    [Theory]
    [InlineData("en", "Menu", "THE HARLOW TIMES")]
    [InlineData("it", "Menu", "LA GAZZETTA DEL SERIO")]
    [InlineData("es", "Menú", "EL DIARIO DEL JALÓN")]
    [InlineData("de", "Menü", "DER OBERTALER BOTE")]
    [InlineData("pt", "Menu", "O JORNAL DO VOUGA")]
    [InlineData("fr", "Menu", "LE COURRIER DU CAUSSE")]
    [InlineData("nl", "Menu", "HET DAGBLAD VAN ZEELAND")]
    public void AMastheadSetOnlyInCapitals_ThatReadsAsAPaper_IsTheSourceAsPrinted(string language, string button, string masthead)
    {
        var article = ArticleParser.Parse(Page(language, button + "\n" + masthead));

        Assert.Equal(masthead, article.Source);
    }

    // Guards: a section's label in capitals at the masthead's place reads as no paper: no article, no publication's word
    // after it, or more words between them.
    [Theory]
    [InlineData("en", "Menu\nTHE WEEK IN REVIEW")]
    [InlineData("en", "Menu\nTHE BIG READ")]
    [InlineData("it", "Menu\nLA NOTIZIA DEL GIORNO")]
    [InlineData("fr", "Menu\nLA UNE DU JOUR")]
    [InlineData("de", "Menü\nDAS WOCHENENDE IM KREIS")]
    public void ASectionsLabelInCapitals_NamesNoSource(string language, string header)
    {
        var article = ArticleParser.Parse(Page(language, header));

        Assert.Null(article.Source);
    }
}
