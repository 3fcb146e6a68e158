using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// The outlet named at the page's foot (OutletNames.Foot): a masthead at the top that a footer line names again, opening
/// on it before the publisher's address, its registration or its legal links; a rights notice whose holder carries a
/// company's legal form of several words ("GmbH &amp; Co. KG"); and, with no masthead at the top, a rights notice alone
/// whose holder is a publication's name. And the lines like them that name no outlet: a feed's label, a programme told
/// in a sentence, a name inside the article's prose, a photo agency's or a company's ©. Invented pages, in other words
/// than the tuning pages that showed each.
/// </summary>
public sealed class OutletFootTests
{
    private static string Page(string language, string header, string foot)
    {
        var p = Articles.Of(language);
        return string.Join("\n\n", header, p[0], Articles.Dateline(language), p[1], p[2], p[3], Articles.Closing(language), foot);
    }

    // The masthead beside the header's buttons ("Menu", "Search", "Sign in", one a line, as a narrow page prints them),
    // named again by a footer line that opens on it: the publisher's address, its registration, its legal links.
    [Theory]
    [InlineData("en", "Menu\nThe Harrowgate Standard\nSearch\nSign in", "The Harrowgate Standard, 12 Mill Lane, Harrowgate HG1 4AB", "The Harrowgate Standard")]
    [InlineData("fr", "Menu\nLe Courrier du Vexin\nRechercher\nNewsletter", "Le Courrier du Vexin - 8 rue des Tanneurs, 95000 Pontoise - Directrice de la publication : Anne Roux", "Le Courrier du Vexin")]
    [InlineData("de", "Kinzigtaler Bote\nMenü\nSuche\nAnmelden", "Kinzigtaler Bote GmbH & Co. KG, Marktplatz 3, 77723 Gengenbach", "Kinzigtaler Bote")]
    [InlineData("es", "Menú\nEl Diario del Jalón\nBuscar", "El Diario del Jalón | Aviso legal | Política de privacidad", "El Diario del Jalón")]
    [InlineData("it", "Il Corriere di Valdarno\nHome\nCronaca\nSport", "Il Corriere di Valdarno - Registrazione Tribunale di Arezzo n. 7/2001 - P.IVA 01234567891", "Il Corriere di Valdarno")]
    [InlineData("pt", "Menu\nNotícias do Vouga\nPesquisar", "Notícias do Vouga | Avenida Central, 14 | 3750-000 Águeda", "Notícias do Vouga")]
    [InlineData("nl", "Menu\nDe Polderbode\nZoeken", "De Polderbode | Colofon | Privacy | Cookies", "De Polderbode")]
    public void AMastheadNamedAgainByAFooterLine_IsTheSource(string language, string header, string foot, string expected)
    {
        var article = ArticleParser.Parse(Page(language, header, foot));

        Assert.Equal(Articles.Of(language)[0], article.Title);
        Assert.Equal(expected, article.Source);
    }

    // A rights notice naming the masthead with a legal form of several words, whose stop a notice's separator would cut.
    [Theory]
    [InlineData("de", "Emsländer Kurier\nStartseite\nLokales\nSport", "© 2025 Emsländer Kurier GmbH & Co. KG", "Emsländer Kurier")]
    [InlineData("de", "Zum Inhalt springen\nRhönbote\nMenü", "Copyright Rhönbote GmbH & Co. KG. Alle Rechte vorbehalten.", "Rhönbote")]
    public void AMastheadTheNoticeNamesWithALongLegalForm_IsTheSource(string language, string header, string foot, string expected)
    {
        var article = ArticleParser.Parse(Page(language, header, foot));

        Assert.Equal(expected, article.Source);
    }

    // No masthead at the top (a page cut below its header): a rights notice alone at the foot, its holder a publication's
    // name, in each language's forms.
    [Theory]
    [InlineData("en", "© Harbury Evening News 2024", "Harbury Evening News")]
    [InlineData("fr", "© Le Courrier de l'Ardèche - Tous droits réservés", "Le Courrier de l'Ardèche")]
    [InlineData("de", "© 2025 Altmühl-Kurier", "Altmühl-Kurier")]
    [InlineData("es", "© El Diario del Alberche. Todos los derechos reservados.", "El Diario del Alberche")]
    [InlineData("it", "© Gazzettino di Valsesia - P.IVA 01234567890", "Gazzettino di Valsesia")]
    [InlineData("pt", "© Jornal da Beira Serra 2025", "Jornal da Beira Serra")]
    [InlineData("nl", "© Dagblad Zuidwest", "Dagblad Zuidwest")]
    public void ARightsNoticeAlone_NamingAPublication_IsTheSource(string language, string foot, string expected)
    {
        var article = ArticleParser.Parse(Page(language, Articles.GappedMenu(language), foot));

        Assert.Equal(expected, article.Source);
    }

    // Guards: a feed's label or a programme at the top named again below, in a sentence or as a label: no outlet.
    [Theory]
    [InlineData("fr", "Menu\nFlash Info\nRechercher", "Flash Info - Toutes les dépêches")]
    [InlineData("en", "Menu\nCountry Matters\nSearch", "Country Matters - every Sunday at nine on Radio Fenland")]
    [InlineData("es", "Menú\nLa Mañana en Directo\nBuscar", "La Mañana en Directo, de lunes a viernes a las ocho")]
    [InlineData("it", "Menu\nBuongiorno Valle\nCerca", "Buongiorno Valle, il programma del mattino, torna a settembre.")]
    public void ALabelOrAProgrammeNamedAgainBelow_NamesNoSource(string language, string header, string foot)
    {
        var article = ArticleParser.Parse(Page(language, header, foot));

        Assert.Null(article.Source);
    }

    // Guards: with no masthead, a notice naming a photo agency, a company, an agency's wire or no one; a photo's credit;
    // two notices naming two holders.
    [Theory]
    [InlineData("fr", "© Agence Photolittoral")]
    [InlineData("nl", "© Kempen Media B.V.")]
    [InlineData("it", "© Riproduzione riservata")]
    [InlineData("de", "© dpa")]
    [InlineData("pt", "© Lusa")]
    [InlineData("en", "Photo: © Harbury Evening News / Tom Pike")]
    [InlineData("es", "© Foto: Diario del Alberche")]
    [InlineData("es", "© Agencia Castellana de Noticias. Prohibida la reproducción total o parcial.")]
    [InlineData("de", "© Nachrichtenagentur Nordpresse")]
    [InlineData("en", "© Harbury Evening News 2024\n\n© Fenside Media Ltd")]
    [InlineData("pt", "© Jornal do Vale\n© Gazeta do Norte")]
    public void ANoticeNamingNoPublication_NamesNoSource(string language, string foot)
    {
        var article = ArticleParser.Parse(Page(language, Articles.GappedMenu(language), foot));

        Assert.Null(article.Source);
    }
}
