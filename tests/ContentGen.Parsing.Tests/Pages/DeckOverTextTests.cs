using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A press release on its sender's site prints no byline: its place and date stand over the headline, and the deck, glued
/// under the headline without its stop and longer than any headline, stands right over the release's text. The deck is
/// nearest the text and outscored the headline (session 57's fresh release). The headline is the shorter line over it, in
/// every language; an occhiello or kicker glued over a headline of a headline's length stays the kicker.
/// </summary>
public sealed class DeckOverTextTests
{
    // A sender's site: its name, its menu, its buttons and its trail.
    private static string SiteTop(string language) => language switch
    {
        "en" => "Hollinsby Heritage Trust\nHome | About us | Projects | Press | Contact\nDonate | Join\nHome > Press > Releases",
        "fr" => "Association Les Amis du Livre\nAccueil | Qui sommes-nous | Projets | Presse | Contact\nFaire un don | Adhérer\nAccueil > Presse > Communiqués",
        "de" => "Förderverein Stadtbücherei Talbrück\nStartseite | Über uns | Projekte | Presse | Kontakt\nSpenden | Mitglied werden\nStartseite > Presse > Mitteilungen",
        "es" => "Asociación Amigos de la Biblioteca\nInicio | Quiénes somos | Proyectos | Prensa | Contacto\nDonar | Hazte socio\nInicio > Prensa > Notas",
        "it" => "Associazione Amici della Biblioteca\nHome | Chi siamo | Progetti | Stampa | Contatti\nDona | Diventa socio\nHome > Stampa > Comunicati",
        "pt" => "Associação Amigos da Biblioteca\nInício | Quem somos | Projetos | Imprensa | Contactos\nDoar | Tornar-me sócio\nInício > Imprensa > Comunicados",
        _ => "Vereniging Vrienden van de Bibliotheek\nHome | Over ons | Projecten | Pers | Contact\nDoneer | Word lid\nHome > Pers > Persberichten",
    };

    // The site's footer, which prints its name again: the first line is the site's masthead, no headline.
    private static string Footer(string language) => "© 2025 " + SiteTop(language).Substring(0, SiteTop(language).IndexOf('\n', StringComparison.Ordinal));

    private static string Stamps(string language) => language switch
    {
        "en" => "Press release\nFor immediate release\nHollinsby, 4 March 2025",
        "fr" => "Communiqué de presse\nPour diffusion immédiate\nSaint-Oradour, le 4 mars 2025",
        "de" => "Pressemitteilung\nZur sofortigen Veröffentlichung\nTalbrück, 4. März 2025",
        "es" => "Nota de prensa\nPara su difusión inmediata\nTormesina, 4 de marzo de 2025",
        "it" => "Comunicato stampa\nPer la diffusione immediata\nMonteviscardo, 4 marzo 2025",
        "pt" => "Comunicado de imprensa\nPara divulgação imediata\nAlvorinha, 4 de março de 2025",
        _ => "Persbericht\nVoor onmiddellijke publicatie\nRavenswoude, 4 maart 2025",
    };

    private static readonly (string Language, string Headline, string Deck)[] s_headlinesAndDecks =
    {
        ("en", "Hollinsby library reopens its restored reading room after two years", "Volunteers catalogued 18,000 books during the closure and the county will fund longer opening hours on Saturdays from March"),
        ("fr", "La médiathèque de Saint-Oradour rouvre sa salle de lecture restaurée", "Pendant deux ans de travaux, des bénévoles ont catalogué 18 000 ouvrages et la commune allongera les horaires du samedi dès mars"),
        ("de", "Stadtbücherei Talbrück öffnet ihren sanierten Lesesaal nach zwei Jahren wieder", "Ehrenamtliche haben während der Schließung 18.000 Bücher erfasst und der Kreis bezahlt ab März längere Öffnungszeiten am Samstag"),
        ("es", "La biblioteca de Tormesina reabre su sala de lectura restaurada tras dos años", "Los voluntarios catalogaron 18.000 libros durante el cierre y el ayuntamiento ampliará el horario de los sábados a partir de marzo"),
        ("it", "La biblioteca di Monteviscardo riapre la sala di lettura restaurata dopo due anni", "Durante la chiusura i volontari hanno catalogato 18.000 volumi e il Comune prolungherà l'orario del sabato a partire da marzo"),
        ("pt", "Biblioteca de Alvorinha reabre a sala de leitura restaurada após dois anos", "Os voluntários catalogaram 18 mil livros durante o encerramento e a câmara vai alargar o horário de sábado a partir de março"),
        ("nl", "Bibliotheek van Ravenswoude opent gerestaureerde leeszaal na twee jaar weer", "Vrijwilligers catalogiseerden tijdens de sluiting 18.000 boeken en de gemeente verlengt vanaf maart de openingstijden op zaterdag"),
    };

    // Not read, for reasons that are not the deck's (listed in docs/page-reading.md, session 58): the German release takes
    // its site's button line ("Spenden | Mitglied werden") for the title; the Italian news page and kicker its site's name.
    public static TheoryData<string, string, string> Rows(string except)
    {
        var rows = new TheoryData<string, string, string>();
        foreach (var (language, headline, deck) in s_headlinesAndDecks)
        {
            if (language != except)
            {
                rows.Add(language, headline, deck);
            }
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Rows), "de")]
    public void AReleasesDeckOverItsText_LeavesTheHeadlineTheTitle(string language, string headline, string deck)
    {
        var p = Articles.Of(language);
        var page = SiteTop(language) + "\n\n" + Stamps(language) + "\n\n" + headline + "\n" + deck + "\n\n" + string.Join("\n\n", p[1], p[2], p[3], Footer(language));

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Contains(p[1], article.Paragraphs.Select(x => x.Text));
        Assert.Contains(p[3], article.Paragraphs.Select(x => x.Text));
    }

    // The same site's news page, with no stamps: the trail over the headline and its deck.
    [Theory]
    [MemberData(nameof(Rows), "it")]
    public void ANewsPagesDeckOverItsText_LeavesTheHeadlineTheTitle(string language, string headline, string deck)
    {
        var p = Articles.Of(language);
        var page = SiteTop(language) + "\n\n" + headline + "\n" + deck + "\n\n" + string.Join("\n\n", p[1], p[2], p[3], Footer(language));

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Contains(p[1], article.Paragraphs.Select(x => x.Text));
    }

    // Guards: a kicker of seven words or more glued over a headline of a headline's length (fourteen words at most), right
    // over the text: the lower line is the headline.
    [Theory]
    [InlineData("es", "Tras las quejas de los vecinos del barrio viejo", "Tormesina cierra al tráfico la calle del mercado durante todo el verano")]
    [InlineData("pt", "Depois das queixas dos moradores do bairro antigo", "Alvorinha fecha ao trânsito a rua do mercado durante todo o verão")]
    [InlineData("en", "After months of complaints from residents near the market", "Hollinsby closes Market Street to traffic for the whole summer season")]
    public void AKickerGluedOverAHeadlineOverTheText_LeavesTheHeadline(string language, string kicker, string headline)
    {
        var p = Articles.Of(language);
        var page = SiteTop(language) + "\n\n" + kicker + "\n" + headline + "\n\n" + string.Join("\n\n", p[1], p[2], p[3], Footer(language));

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
    }
}
