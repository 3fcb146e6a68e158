using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Lines at a masthead's place that name no outlet (OutletNames.MastheadLabels): a list or a title with its subtitle, a
/// feed's or front page's label, a video's or programme's label, the wrapped end of a feed's line. Each class in every
/// language, invented, over the same chrome as a masthead (a menu, then the headline), with a rights notice naming no one.
/// </summary>
public sealed class MastheadLabelTests
{
    private static readonly System.Collections.Generic.Dictionary<string, string> s_rights = new()
    {
        ["en"] = "All rights reserved.",
        ["fr"] = "Tous droits réservés.",
        ["de"] = "Alle Rechte vorbehalten.",
        ["es"] = "Todos los derechos reservados.",
        ["it"] = "Riproduzione riservata.",
        ["pt"] = "Todos os direitos reservados.",
        ["nl"] = "Alle rechten voorbehouden.",
    };

    private static string Page(string language, string header)
    {
        var p = Articles.Of(language);
        return string.Join("\n\n", header + "\n" + Articles.GappedMenu(language), p[0], Articles.Dateline(language), p[1], p[2], p[3], Articles.Closing(language), s_rights[language]);
    }

    // A list of the site's parts ("Name|Region|") or a title with its subtitle after a colon: no outlet's name.
    [Theory]
    [InlineData("en", "Harbourside|Sport|")]
    [InlineData("en", "Valley TV: Shows, Films, Documentaries")]
    [InlineData("fr", "Ribérac|Dordogne|")]
    [InlineData("fr", "Causse TV : Séries, Films, Reportages")]
    [InlineData("de", "Emstal|Region|")]
    [InlineData("de", "Talwelle Mediathek: Serien, Filme, Dokus")]
    [InlineData("es", "Almerín|Comarca|")]
    [InlineData("es", "Canal Loma: Series, Películas, Documentales")]
    [InlineData("it", "Brenta|Cronaca|")]
    [InlineData("it", "Valle TV: Serie, Film, Documentari")]
    [InlineData("pt", "Sorraia|Região|")]
    [InlineData("pt", "Rádio Serra: Programas, Séries, Documentários")]
    [InlineData("nl", "Meierij|Regio|")]
    [InlineData("nl", "Kust TV: Series, Films, Documentaires")]
    [InlineData("de", "Emstaler Bote · E-Paper · Ausgabe Süd")]
    [InlineData("it", "La Voce del Brenta · Edizione Digitale")]
    public void AListOrATitleWithItsSubtitle_NamesNoSource(string language, string top)
    {
        var article = ArticleParser.Parse(Page(language, top));

        Assert.Null(article.Source);
    }

    // A feed's or front page's label at the top, with the place or the paper it covers: no outlet's name.
    [Theory]
    [InlineData("en", "Breaking News Wessex")]
    [InlineData("en", "Newsflash Marlow")]
    [InlineData("fr", "Flash Info Causse")]
    [InlineData("fr", "La une du Courrier du Causse")]
    [InlineData("de", "Schlagzeilen der Emstaler Zeitung")]
    [InlineData("de", "Newsticker Weserland")]
    [InlineData("es", "Titulares de Almerín")]
    [InlineData("es", "Lo Último del Diario de la Loma")]
    [InlineData("it", "Ultim'ora Brenta")]
    [InlineData("it", "Prima Pagina Valmora")]
    [InlineData("pt", "Destaques do Jornal do Sorraia")]
    [InlineData("pt", "Últimas Notícias da Serra")]
    [InlineData("nl", "Net Binnen Meierij")]
    [InlineData("nl", "Voorpagina Kustregio")]
    public void AFeedsOrFrontPagesLabel_NamesNoSource(string language, string top)
    {
        var article = ArticleParser.Parse(Page(language, top));

        Assert.Null(article.Source);
    }

    // A video's or a programme's label with the site's name after it: the label names a kind of item, not the outlet.
    [Theory]
    [InlineData("en", "Video Fenside")]
    [InlineData("en", "Live Harbourside")]
    [InlineData("fr", "Vidéo Causse")]
    [InlineData("de", "Liveblog Emstal")]
    [InlineData("es", "Vídeo Almerín")]
    [InlineData("it", "Foto Brenta")]
    [InlineData("pt", "Ao Vivo Sorraia")]
    [InlineData("nl", "Exclusief Meierij")]
    public void AVideosOrProgrammesLabel_NamesNoSource(string language, string top)
    {
        var article = ArticleParser.Parse(Page(language, top));

        Assert.Null(article.Source);
    }

    // A feed's links wrapped over two lines: the second, opening in lower case, goes on with the first and is no masthead,
    // though it holds a publication's word.
    [Theory]
    [InlineData("en", "Fenside » Feed » Comments on the\nletters to the Courier Feed")]
    [InlineData("fr", "Le Causse » Flux » Commentaires sur le\ncourrier des lecteurs Flux")]
    [InlineData("de", "Emstal » Feed » Kommentare zur\nzeitung von morgen Feed")]
    [InlineData("es", "Almerín » Feed » Comentarios del\ndiario de la tarde Feed")]
    [InlineData("it", "Brenta » Feed » Commenti sul\ngiornale di oggi Feed")]
    [InlineData("pt", "Sorraia » Feed » Comentários do\njornal da tarde Feed")]
    [InlineData("nl", "Meierij » Feed » Reacties op de\nkrant van morgen Feed")]
    public void AFeedsLineWrapped_ItsEndInLowerCase_NamesNoSource(string language, string top)
    {
        var article = ArticleParser.Parse(Page(language, top));

        Assert.Null(article.Source);
    }

    // A greeting or a call to sign in, its sentence's mark inside the line: no outlet's name.
    [Theory]
    [InlineData("en", "Welcome! Sign In")]
    [InlineData("fr", "Bonjour ! Connectez-Vous")]
    [InlineData("de", "Willkommen! Anmelden")]
    [InlineData("es", "¡Hola! Entra Ya")]
    [InlineData("it", "Benvenuto! Accedi")]
    [InlineData("pt", "Olá! Entrar Agora")]
    [InlineData("nl", "Welkom! Inloggen")]
    public void AGreetingOrACall_NamesNoSource(string language, string top)
    {
        var article = ArticleParser.Parse(Page(language, top));

        Assert.Null(article.Source);
    }

    // A network's link to a sister or a parent over the page's logo, its name printed twice (picture and link): two names
    // at the top, neither the first one's the page's own; no source rather than the network's.
    [Theory]
    [InlineData("en", "The Harbour Group Concert Hall", "Harbour FM Harbour FM")]
    [InlineData("fr", "Le Théâtre du Groupe Causse", "Radio Causse Radio Causse")]
    [InlineData("de", "Konzerthaus der Emstaler Gruppe", "Welle Emstal Welle Emstal")]
    [InlineData("es", "Auditorio del Grupo Loma", "Onda Loma Onda Loma")]
    [InlineData("it", "Auditorium del Gruppo Brenta", "Radio Brenta Radio Brenta")]
    [InlineData("pt", "Auditório do Grupo Sorraia", "Rádio Sorraia Rádio Sorraia")]
    [InlineData("nl", "Concertzaal Kustgroep", "Kust FM Kust FM")]
    public void ANetworksLinkOverTheLogoPrintedTwice_NamesNoSource(string language, string top, string logo)
    {
        var article = ArticleParser.Parse(Page(language, top + "\n\n" + logo));

        Assert.Null(article.Source);
    }

    // Guard: a masthead in lower case under a skip link is a line of its own, not the skip link's wrapped end.
    [Theory]
    [InlineData("es", "Saltar al contenido", "el Eco de Almerín", "© el Eco de Almerín")]
    [InlineData("it", "Vai al contenuto", "la Voce del Brenta", "© la Voce del Brenta")]
    [InlineData("nl", "Naar de inhoud", "de Kustbode", "© de Kustbode")]
    public void AMastheadInLowerCaseUnderASkipLink_IsTheSource(string language, string skipLink, string masthead, string notice)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", skipLink + "\n" + masthead + "\n" + Articles.GappedMenu(language), p[0], Articles.Dateline(language), p[1], p[2], p[3], Articles.Closing(language), notice);

        Assert.Equal(masthead, ArticleParser.Parse(page).Source);
    }

    // Guards: outlets whose names open like a label but on a longer word, or hold one past their first: still read.
    [Theory]
    [InlineData("en", "The Flashwater Courier")]
    [InlineData("fr", "L'Unité du Causse")]
    [InlineData("it", "Il Giornale della Prima Valle")]
    [InlineData("de", "Emstaler Bote")]
    [InlineData("nl", "Dagblad De Meierij")]
    public void AnOutletsNameLikeALabel_IsStillTheSource(string language, string masthead)
    {
        var article = ArticleParser.Parse(Page(language, masthead));

        Assert.Equal(masthead, article.Source);
    }
}
