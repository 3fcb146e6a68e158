using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A page's header lines lose the title to the line the evidence near the body points at: a bar of buttons or menu items
/// printed in columns is no headline; a handball score ("29:27") is no time of day, so its headline is no dateline; a
/// headline with its site's name after one bar ("… | Kas &amp; Teelt") is a headline; a deck under the headline may hold a
/// word that speaks to the reader in another language ("nos" is Portuguese "in the", "sua" Italian "his"); and a skip
/// link to the menu or the search is chrome in every language.
/// </summary>
public sealed class HeaderLineTitleTests
{
    // Cookie buttons or a menu printed in columns over the breadcrumb, a page's first lines.
    [Theory]
    [InlineData("de", "Alle akzeptieren   Nur notwendige   Einstellungen")]
    [InlineData("en", "Accept all   Reject all   Settings")]
    [InlineData("nl", "Nieuws   Teelt   Techniek   Energie   Markt")]
    [InlineData("pt", "Acessibilidade   Alto contraste   Mapa do site")]
    public void ALinePrintedInColumns_AtThePagesTop_IsNoTitle(string language, string bar)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", bar, "Home > News > Local", p[0], p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // A headline with doubled spaces, a typing slip, is still one phrase.
    [Fact]
    public void AHeadlineWithDoubledSpaces_IsStillTheTitle()
    {
        var p = Articles.Of("en");
        var page = string.Join("\n\n", "Night  buses will  reach the valley villages", p[1], p[2], p[3]);

        Assert.Equal("Night  buses will  reach the valley villages", ArticleParser.Parse(page).Title);
    }

    [Theory]
    [InlineData("de", "Erste Herren gewinnen Derby in Kellbach mit 29:27", "Veröffentlicht am 09.03.2025 um 18:42 Uhr von Jana Roth")]
    [InlineData("fr", "Les handballeurs l'emportent 31:30 au bout du suspense", "Publié le 09/03/2025 à 18h42")]
    public void AHeadlineWithAScore_OverItsDateline_IsTheTitle(string language, string headline, string dateline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Startseite   Verein   Termine   Kontakt", "Handball", headline, dateline, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("nl", "Teler in Westerpolder oogst de eerste paprika's onder ledlicht", "Kas & Teelt")]
    [InlineData("en", "Growers in the fens pick the first peppers under new lights", "Glass & Growers")]
    public void AHeadlineWithItsSiteAfterABar_OverTheDate_IsTheTitle(string language, string headline, string site)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", site, "Vakblad voor de glastuinbouw", "Nieuws › Energie", headline + " | " + site, "12-03-25, 09:30", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(site, article.Source);
    }

    // A menu's items parted by bars are no headline with its site, however many words the menu holds.
    [Theory]
    [InlineData("Nieuws | Teelt | Techniek")]
    [InlineData("Home | Local news")]
    public void AMenuPartedByBars_IsNoTitle(string menu)
    {
        var p = Articles.Of("nl");
        var page = string.Join("\n\n", "Kas & Teelt", menu, p[0], "12-03-25, 09:30", p[1], p[2], p[3]);

        Assert.Equal(p[0], ArticleParser.Parse(page).Title);
    }

    // The deck's word reads another language's call to the reader ("nos", "sua"): in the deck's own language it is none.
    [Theory]
    [InlineData("pt", "Pesquisa mapeia 180 nascentes ameaçadas na bacia do rio", "Levantamento feito por estudantes indica que quase metade das nascentes secou ao menos uma vez nos últimos cinco anos", "Por Ana Lima")]
    [InlineData("it", "Il sindaco presenta il nuovo piano del traffico", "Il primo cittadino ha illustrato ai consiglieri la sua proposta per le strade del centro storico e dei quartieri", "di Paolo Neri")]
    public void ADeckWithAnotherLanguagesReaderWord_IsTheArticlesFirstParagraph(string language, string headline, string deck, string byline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Portal", "Início | Notícias | Pesquisa", "PESQUISA", headline, deck, byline + "\n12/03/2025 10:45", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(new[] { deck, p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // A newsletter's sender and issue over its contents, then the article's headline over a byline with an office's job.
    [Theory]
    [InlineData("fr", "Coopérative laitière du Val\nLa Lettre des coopérateurs\nN° 58 – mercredi 12 mars 2025", "Au sommaire\nCollecte : trois camions neufs\nAssemblée générale : les dates\nPetites annonces", "Par Gilles Pradier, service communication")]
    [InlineData("es", "Cooperativa del Valle\nBoletín de los socios\nN.º 58 – miércoles 12 de marzo de 2025", "En este número\nRecogida: tres camiones nuevos\nAsamblea general: las fechas\nAnuncios", "Por Ana Gil, servicio de prensa")]
    public void AHeadline_OverABylineWithAnOfficesJob_IsTheTitle(string language, string sender, string contents, string byline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", sender, contents, "COLLECTE", p[0], byline, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // A programme guide under its label in the page's header: its times of day date no headline.
    [Theory]
    [InlineData("es", "Programación de hoy", "14:00 Informativo mediodía\n15:30 La tarde en casa\n20:30 Informativo noche", "Torrebaja, 12/03/2025 19:05 h")]
    [InlineData("de", "Heute im Programm", "18:00 Regionalmagazin am Abend\n20:15 Der Krimi\n22:00 Nachrichten und Wetter", "12.03.2025, 19:05 Uhr")]
    [InlineData("en", "On air today", "14:00 Afternoon news\n18:30 Valley tonight\n22:00 Late headlines", "12 March 2025, 19:05")]
    public void AProgrammeGuidesLabel_IsNoTitle(string language, string label, string guide, string dateline)
    {
        // A short standfirst over the byline, the first long paragraph under a video's line and a share bar.
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nTV\nRadio", label + "\n" + guide, "Most read\n1. Some story\n2. Another story", "NEWS", p[0], p[3], "Ana Gil\n" + dateline,
            "Video 01:48 | The old bridge", "Compartir   Facebook   X   WhatsApp   Telegram   Copiar enlace", p[1], p[2], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[3], p[1], p[2], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text).Where(x => !x.StartsWith("Compartir", StringComparison.Ordinal)));
    }

    // A live entry's time alone, or a time with its date, still dates the line over it.
    [Theory]
    [InlineData("de", "14:35 Uhr")]
    [InlineData("es", "12:30 Publicado el 12/03/2025")]
    public void ATimeAloneOrWithItsDate_UnderAHeadline_StillDatesIt(string language, string stamp)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nTV\nRadio", "Service", "Most read\n1. Some story\n2. Another story", p[0], stamp, p[1], p[2], p[3]);

        Assert.Equal(p[0], ArticleParser.Parse(page).Title);
    }

    [Theory]
    [InlineData("de", "Zur Navigation springen")]
    [InlineData("de", "Zur Suche springen")]
    [InlineData("pt", "Ir para o menu")]
    [InlineData("pt", "Ir para a busca")]
    [InlineData("fr", "Aller au menu")]
    [InlineData("es", "Ir al menú")]
    [InlineData("it", "Vai al menu")]
    [InlineData("en", "Skip to search")]
    [InlineData("nl", "Naar navigatie")]
    public void ASkipLinkToTheMenuOrTheSearch_IsChrome(string language, string link)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", link, p[0], p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Contains(article.Boilerplate, x => x.Text == link && x.Kind == BoilerplateKind.Navigation);
    }
}
