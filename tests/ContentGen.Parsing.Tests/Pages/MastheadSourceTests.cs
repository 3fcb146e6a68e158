using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// The outlet that publishes the page, named at its top (OutletNames.Mastheads): a masthead named again by the rights
/// notice, a masthead in capitals printed again in its own case, a masthead alone over the page's menu. And the lines like
/// them that name no outlet: a rights notice naming a company, a section's label, a breadcrumb, an account's buttons, a
/// photo agency's ©. Invented pages, in other words than the tuning pages that showed each.
/// </summary>
public sealed class MastheadSourceTests
{
    private static string Page(string language, string header, string notice, string? inBody = null)
    {
        var p = Articles.Of(language);
        var parts = inBody is null
            ? new[] { header + "\n" + Articles.GappedMenu(language), p[0], Articles.Dateline(language), p[1], p[2], p[3], Articles.Closing(language), notice }
            : new[] { header + "\n" + Articles.GappedMenu(language), p[0], Articles.Dateline(language), p[1], inBody, p[2], p[3], Articles.Closing(language), notice };
        return string.Join("\n\n", parts);
    }

    // The masthead at the top, past a skip link, and the rights notice at the foot naming it as its holder, in each
    // language's forms: before or after the ©, with a year, a rights phrase, a company's legal form or the site's links.
    [Theory]
    [InlineData("en", "Skip to main content", "The Wexmoor Gazette", "© 2025 The Wexmoor Gazette. All rights reserved.")]
    [InlineData("fr", "Aller au contenu", "L'Écho du Ribérac", "© L'Écho du Ribérac - Tous droits réservés")]
    [InlineData("de", "Zum Inhalt springen", "Emstaler Bote", "© Emstaler Bote 2025 | Impressum | Datenschutz")]
    [InlineData("de", "Direkt zum Inhalt", "Talwelle", "© 2026 Talwelle")]
    [InlineData("es", "Ir al contenido", "El Faro de Almerín", "El Faro de Almerín © 2025 · Aviso legal · Cookies")]
    [InlineData("it", "Vai al contenuto", "La Voce del Brenta", "Riproduzione riservata © Copyright La Voce del Brenta")]
    [InlineData("pt", "Saltar para o conteúdo", "Gazeta do Sorraia", "© Copyright 2024 Gazeta do Sorraia. Todos os direitos reservados.")]
    [InlineData("nl", "Naar de inhoud", "Dagblad De Meierij", "© 2025 Dagblad De Meierij B.V. Alle rechten voorbehouden.")]
    [InlineData("en", "Skip to content", "Marlow Vale Post", "Copyright © 2025 Marlow Vale Post, a Thamesway Media company.")]
    [InlineData("fr", "Menu", "Le Républicain du Lot", "Le Républicain du Lot - Tous droits réservés")]
    public void AMastheadTheRightsNoticeNames_IsTheSource(string language, string skipLink, string masthead, string notice)
    {
        var article = ArticleParser.Parse(Page(language, skipLink + "\n" + masthead, notice));

        Assert.Equal(Articles.Of(language)[0], article.Title);
        Assert.Equal(masthead, article.Source);
    }

    // A masthead with its strapline, or its initials before its full name: the name alone, as the notice names it.
    [Theory]
    [InlineData("fr", "Radio Causse-Noir - l'info de chez vous", "© Radio Causse-Noir", "Radio Causse-Noir")]
    [InlineData("pt", "RCS – Rádio Costa Sul", "© 2025 Rádio Costa Sul", "Rádio Costa Sul")]
    [InlineData("it", "Il Gazzettino del Brenta | Notizie dalla valle", "© Il Gazzettino del Brenta - Riproduzione riservata", "Il Gazzettino del Brenta")]
    public void AMastheadsStraplineOrInitials_AreLeftOff(string language, string masthead, string notice, string expected)
    {
        var article = ArticleParser.Parse(Page(language, masthead, notice));

        Assert.Equal(expected, article.Source);
    }

    // A masthead set in capitals, printed again in its own case lower down: the name in that case.
    [Theory]
    [InlineData("en", "THE HARTWELL CLARION", "The Hartwell Clarion is a member of the Independent Press Standards Organisation.", "The Hartwell Clarion")]
    [InlineData("it", "LA VOCE DELLE COLLINE", "La Voce delle Colline – Editoriale Collinare srl – P.IVA 01234567890", "La Voce delle Colline")]
    [InlineData("fr", "LE RÉVEIL DU CAUSSE", "Le Réveil du Causse – 4, place de la Mairie, 12000 Rodez", "Le Réveil du Causse")]
    [InlineData("de", "WESERTALER ANZEIGER", "© Wesertaler Anzeiger 2025", "Wesertaler Anzeiger")]
    [InlineData("es", "EL HERALDO DE LA LOMA", "El Heraldo de la Loma. Calle Mayor 4, Almerín.", "El Heraldo de la Loma")]
    [InlineData("pt", "JORNAL DO PLANALTO SUL", "© Jornal do Planalto Sul. Todos os direitos reservados.", "Jornal do Planalto Sul")]
    [InlineData("nl", "DE KUSTKOERIER", "De Kustkoerier is een uitgave van Kustmedia.", "De Kustkoerier")]
    public void AMastheadInCapitals_PrintedAgainInItsOwnCase_IsTheSourceInThatCase(string language, string masthead, string footer, string expected)
    {
        var article = ArticleParser.Parse(Page(language, masthead, footer));

        Assert.Equal(expected, article.Source);
    }

    // A masthead alone over the menu, the rights notice naming the company that owns it: the masthead, never the company.
    [Theory]
    [InlineData("en", "Fenside Courier", "© Fenside Media Ltd 2024. All rights reserved.")]
    [InlineData("de", "Nordtaler Rundschau", "Copyright 2025 Nordtal Medien GmbH & Co. KG. Alle Rechte vorbehalten.")]
    [InlineData("es", "Diario de la Campiña", "© Ediciones Campiña S.L. Todos los derechos reservados.")]
    [InlineData("it", "Il Corriere del Brenta", "© 2025 Edizioni Brentane srl - P.IVA 01234567890")]
    [InlineData("pt", "Revista Serra & Mar", "© 2026 Serra & Mar Edições, Lda. Todos os direitos reservados.")]
    [InlineData("fr", "Le Journal des Coteaux", "© Groupe Coteaux Médias")]
    [InlineData("nl", "Het Veluwse Weekblad", "© Veluwse Media Groep | Privacy | Cookies")]
    public void AMastheadAlone_IsTheSource_NotTheCompanyTheNoticeNames(string language, string masthead, string notice)
    {
        var article = ArticleParser.Parse(Page(language, masthead, notice));

        Assert.Equal(masthead, article.Source);
    }

    // Guards: lines at the top that are no masthead (a section's label in one word, a breadcrumb, an account's buttons,
    // a label alone right over the headline), with a notice that names a company or no one.
    [Theory]
    [InlineData("de", "Lokales", "© 2025 Nordtal Medien GmbH")]
    [InlineData("it", "Home > Cronaca > Bari", "© Riproduzione riservata")]
    [InlineData("nl", "Nieuws > Regio > Zutphen", "© Kempen Media B.V.")]
    [InlineData("de", "Menü Suche Anmelden", "Impressum  Datenschutz  Kontakt")]
    [InlineData("pt", "Início Notícias Região Desporto", "Todos os direitos reservados")]
    public void ALineAtTheTopThatIsNoMasthead_NamesNoSource(string language, string top, string notice)
    {
        var article = ArticleParser.Parse(Page(language, top, notice));

        Assert.Null(article.Source);
    }

    // Guard: a label alone right over the headline is its kicker or section, no masthead, even in title case.
    [Theory]
    [InlineData("en", "Local News")]
    [InlineData("es", "Vida Rural")]
    [InlineData("nl", "Regio Zuid")]
    public void ALabelRightOverTheHeadline_NamesNoSource(string language, string label)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", label, p[0], Articles.Dateline(language), p[1], p[2], p[3], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.Null(article.Source);
    }

    // Guard: a section's label in capitals at the top, printed again lower down inside a phrase, is no masthead.
    [Theory]
    [InlineData("fr", "À LA UNE", "Retrouvez toute l'actualité à la une chaque matin.")]
    [InlineData("en", "TOP STORIES", "Read all our top stories in the morning newsletter.")]
    [InlineData("it", "IN PRIMO PIANO", "Tutte le notizie in primo piano ogni mattina.")]
    public void ASectionLabelInCapitals_PrintedAgainInAPhrase_NamesNoSource(string language, string label, string footer)
    {
        var article = ArticleParser.Parse(Page(language, label, footer));

        Assert.Null(article.Source);
    }

    // Guard: a photo agency's © under a picture and again at the foot names the picture's owner, not the outlet.
    [Theory]
    [InlineData("fr", "Le port au petit matin. © Agence Photolittoral", "© Agence Photolittoral")]
    [InlineData("de", "Der Hafen am Morgen. © Bildagentur Nordlicht", "© Bildagentur Nordlicht")]
    [InlineData("it", "Il porto all'alba. © Agenzia Fotolampo", "© Agenzia Fotolampo")]
    public void APhotoAgencysCopyright_NamesNoSource(string language, string caption, string notice)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", Articles.GappedMenu(language), p[0], Articles.Dateline(language), p[1], caption, p[2], p[3], Articles.Closing(language), notice);

        var article = ArticleParser.Parse(page);

        Assert.Null(article.Source);
    }
}
