using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 63 (pages): a live page, as the fresh page en-substation-fire-live prints one, here with other sites, words and
/// times: a header (the site's name, a menu over an account's row, today's date), the live label over the headline, a
/// standfirst, a byline and a date, a pinned summary (a pin's label, a heading, a list), then entries each opening on a time,
/// the latest first, and a line to load more. Main read the pinned summary's heading as the headline (the pin's label read
/// as a kicker over it, the entries' times as its dateline), and so lost the standfirst over it; with no pin's label, the
/// header's menu over the account's row won (a menu with a line of no menu items was no menu).
/// </summary>
public sealed class LivePageTests
{
    // Per language: the site, its menu, its account row, today's date, the live label, the headline, the standfirst, the
    // byline, the date, the pin's label, the summary's heading, three entries' times and texts, the line to load more.
    public static IEnumerable<object[]> Pages =>
    [
        new object[] { "en", "The Wexcombe Herald", "News  Sport  Property  Opinion  Puzzles  Obituaries", "Sign in | Subscribe from £2 a month", "Friday, 7 March 2025  Sunny, 9°C", "LIVE", "Burst water main floods High Street shops and closes the ring road", "Engineers expect to finish repairs overnight, and two primary schools have sent pupils home early.", "By Helen Marsh", "Published 07:10, Friday 7 March 2025", "Pinned", "The key facts at a glance", "14:20", "The water company says a repair crew has isolated the broken pipe near the bus station and that pressure is coming back slowly in most streets.", "12:45", "Traders on the High Street are moving stock to upper floors while the council hands out sandbags from the library car park.", "09:05", "Drivers are being sent around the town on the old bypass, and buses will not stop at the market until further notice.", "Load more updates" },
        new object[] { "fr", "Le Courrier des Causses", "Actualité  Sports  Économie  Culture  Annonces  Services", "Se connecter | Abonnez-vous dès 1 € par mois", "Vendredi 7 mars 2025  Ensoleillé, 9 °C", "EN DIRECT", "Une canalisation rompue inonde les commerces de la Grand-Rue et coupe la rocade", "Les techniciens espèrent finir les réparations dans la nuit, et deux écoles ont renvoyé les élèves chez eux.", "Par Hélène Marchal", "Publié le 7 mars 2025 à 07h10", "Épinglé", "L'essentiel de ce que l'on sait", "14:20", "Le syndicat des eaux indique qu'une équipe a isolé la conduite cassée près de la gare routière et que la pression revient peu à peu dans la plupart des rues.", "12:45", "Les commerçants de la Grand-Rue montent leurs stocks à l'étage pendant que la mairie distribue des sacs de sable sur le parking de la médiathèque.", "09:05", "Les automobilistes sont déviés par l'ancienne rocade, et les bus ne s'arrêtent plus au marché jusqu'à nouvel ordre.", "Charger plus" },
        new object[] { "de", "Der Talwächter", "Lokales  Sport  Wirtschaft  Kultur  Anzeigen  Service", "Anmelden | Abo ab 2 € im Monat", "Freitag, 7. März 2025  Sonnig, 9 °C", "LIVE", "Wasserrohrbruch flutet Geschäfte in der Hauptstraße und legt den Ring lahm", "Die Techniker wollen die Reparatur über Nacht beenden, zwei Grundschulen haben die Kinder früher nach Hause geschickt.", "Von Helene Marx", "Veröffentlicht am 7. März 2025, 07:10 Uhr", "Angeheftet", "Das Wichtigste auf einen Blick", "14:20", "Die Stadtwerke teilen mit, dass ein Trupp das gebrochene Rohr am Busbahnhof abgesperrt hat und der Druck in den meisten Straßen langsam zurückkommt.", "12:45", "Die Händler in der Hauptstraße tragen ihre Ware in die oberen Etagen, während die Stadt am Parkplatz der Bücherei Sandsäcke ausgibt.", "09:05", "Autofahrer werden über die alte Umgehung geleitet, und die Busse halten bis auf Weiteres nicht am Markt.", "Mehr laden" },
        new object[] { "es", "El Vigía del Sur", "Actualidad  Deportes  Economía  Cultura  Anuncios  Servicios", "Iniciar sesión | Suscríbete desde 1 € al mes", "Viernes, 7 de marzo de 2025  Soleado, 9 °C", "DIRECTO", "Una tubería rota inunda los comercios de la calle Mayor y corta la ronda", "Los técnicos esperan terminar la reparación durante la noche, y dos colegios han mandado a los alumnos a casa.", "Por Elena Marín", "Publicado el 7 de marzo de 2025 a las 07:10", "Fijado", "Lo que sabemos hasta ahora", "14:20", "La empresa de aguas explica que una cuadrilla ha aislado la tubería rota junto a la estación de autobuses y que la presión vuelve poco a poco a casi todas las calles.", "12:45", "Los comerciantes de la calle Mayor suben la mercancía a los pisos altos mientras el ayuntamiento reparte sacos de arena en el aparcamiento de la biblioteca.", "09:05", "Los conductores se desvían por la antigua variante, y los autobuses no paran en el mercado hasta nuevo aviso.", "Cargar más" },
        new object[] { "it", "Il Corriere di Valmora", "Cronaca  Sport  Economia  Cultura  Annunci  Servizi", "Accedi | Abbonati da 1 € al mese", "Venerdì 7 marzo 2025  Sereno, 9 °C", "LIVE", "Un tubo rotto allaga i negozi di via Roma e chiude la tangenziale", "I tecnici contano di finire la riparazione in nottata, e due scuole elementari hanno mandato a casa gli alunni.", "Di Elena Marini", "Pubblicato il 7 marzo 2025 alle 07:10", "Fissato", "Tutto quello che sappiamo finora", "14:20", "L'azienda dell'acqua spiega che una squadra ha isolato la condotta rotta vicino all'autostazione e che la pressione torna piano piano in quasi tutte le strade.", "12:45", "I commercianti di via Roma portano la merce ai piani alti mentre il comune distribuisce sacchi di sabbia nel parcheggio della biblioteca.", "09:05", "Gli automobilisti vengono deviati sulla vecchia circonvallazione, e gli autobus non fermano al mercato fino a nuovo avviso.", "Carica altri" },
        new object[] { "pt", "O Vigia do Sul", "Atualidade  Desporto  Economia  Cultura  Classificados  Serviços", "Entrar | Assine a partir de 1 € por mês", "Sexta-feira, 7 de março de 2025  Sol, 9 °C", "DIRETO", "Conduta rebentada inunda as lojas da rua Direita e corta a circular", "Os técnicos esperam terminar a reparação durante a noite, e duas escolas mandaram os alunos para casa.", "Por Helena Matos", "Publicado a 7 de março de 2025 às 07:10", "Fixado", "O que se sabe até agora", "14:20", "A empresa das águas explica que uma equipa isolou a conduta partida junto ao terminal rodoviário e que a pressão está a voltar aos poucos à maioria das ruas.", "12:45", "Os comerciantes da rua Direita levam a mercadoria para os andares de cima enquanto a câmara distribui sacos de areia no parque da biblioteca.", "09:05", "Os condutores são desviados pela antiga variante, e os autocarros não param no mercado até nova ordem.", "Carregar mais" },
        new object[] { "nl", "De Polderbode", "Nieuws  Sport  Economie  Cultuur  Advertenties  Service", "Inloggen | Abonneer vanaf 2 euro per maand", "Vrijdag 7 maart 2025  Zonnig, 9 °C", "LIVE", "Gesprongen waterleiding zet winkels in de Hoofdstraat blank en sluit de ringweg af", "De monteurs willen de reparatie vannacht afronden, en twee basisscholen hebben de leerlingen vroeg naar huis gestuurd.", "Door Hanneke Mol", "Gepubliceerd op 7 maart 2025 om 07:10", "Vastgepind", "Dit is wat we nu weten", "14:20", "Het waterbedrijf meldt dat een ploeg de kapotte leiding bij het busstation heeft afgesloten en dat de druk in de meeste straten langzaam terugkomt.", "12:45", "Winkeliers in de Hoofdstraat brengen hun voorraad naar boven terwijl de gemeente zandzakken uitdeelt op het parkeerterrein van de bibliotheek.", "09:05", "Automobilisten worden omgeleid over de oude rondweg, en de bussen stoppen tot nader order niet bij de markt.", "Meer laden" },
    ];

    // The summary's list: three points, the same in every language's page (the list is what a pinned summary holds).
    private static readonly string[] s_points =
    [
        "- 1,200 homes without water",
        "- Ring road closed both ways",
        "- Two schools shut early",
    ];

    private static string Page(
        string site, string menu, string account, string today, string live, string headline, string standfirst, string byline, string dated,
        string pin, string summary, string[] entries, string more)
    {
        var parts = new List<string>
        {
            site + "\n" + menu + "\n" + account + "\n" + today,
            live + "\n" + headline,
            standfirst,
            byline + "\n" + dated,
        };
        if (summary.Length > 0)
        {
            parts.Add((pin.Length > 0 ? pin + "\n" : string.Empty) + summary + "\n" + string.Join("\n", s_points));
        }

        for (var i = 0; i + 1 < entries.Length; i += 2)
        {
            parts.Add(entries[i] + "\n" + entries[i + 1]);
        }

        parts.Add(more);
        parts.Add("© 2025 " + site);
        return string.Join("\n\n", parts);
    }

    // The whole live page: the headline is the page's title and its standfirst stays; the summary's heading is no title.
    [Theory]
    [MemberData(nameof(Pages))]
    public void LivePage_WithPinnedSummary_ReadsItsHeadline_AndKeepsItsStandfirst(
        string language, string site, string menu, string account, string today, string live, string headline, string standfirst,
        string byline, string dated, string pin, string summary, string time1, string entry1, string time2, string entry2,
        string time3, string entry3, string more)
    {
        _ = language;
        var page = Page(site, menu, account, today, live, headline, standfirst, byline, dated, pin, summary, new[] { time1, entry1, time2, entry2, time3, entry3 }, more);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        var paragraphs = article.Paragraphs.Select(x => x.Text).ToList();
        foreach (var expected in new[] { standfirst, entry1, entry2, entry3 })
        {
            Assert.Contains(expected, paragraphs);
        }
    }

    // The pinned summary's heading with no pin's label over it: the entries' times date no line above them.
    [Theory]
    [MemberData(nameof(Pages))]
    public void LivePage_WithSummaryUnderNoPin_ReadsItsHeadline(
        string language, string site, string menu, string account, string today, string live, string headline, string standfirst,
        string byline, string dated, string pin, string summary, string time1, string entry1, string time2, string entry2,
        string time3, string entry3, string more)
    {
        _ = (language, pin);
        var page = Page(site, menu, account, today, live, headline, standfirst, byline, dated, string.Empty, summary, new[] { time1, entry1, time2, entry2, time3, entry3 }, more);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Contains(standfirst, article.Paragraphs.Select(x => x.Text));
    }

    // No summary at all: the header's menu over the account's row is the header's, and the headline under it wins.
    [Theory]
    [MemberData(nameof(Pages))]
    public void LivePage_UnderMenuAndAccountRow_ReadsItsHeadline(
        string language, string site, string menu, string account, string today, string live, string headline, string standfirst,
        string byline, string dated, string pin, string summary, string time1, string entry1, string time2, string entry2,
        string time3, string entry3, string more)
    {
        _ = (language, pin, summary);
        var page = Page(site, menu, account, today, live, headline, standfirst, byline, dated, string.Empty, string.Empty, new[] { time1, entry1, time2, entry2, time3, entry3 }, more);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Contains(standfirst, article.Paragraphs.Select(x => x.Text));
    }

    // The guard: a plain article (no live label, no times) whose paragraph says "pinned" in passing, and a short last
    // paragraph, keeps both; the pin's label is only ever a whole line.
    [Theory]
    [InlineData("By Helen Marsh", "7 March 2025", "Wexcombe council pins its hopes on a new bus depot", "The notice pinned to the depot's gate says the yard will reopen in May.", "Pinned notices are not enough.")]
    [InlineData("Par Hélène Marchal", "7 mars 2025", "La mairie de Saint-Aubin mise sur un nouveau dépôt de bus", "L'avis épinglé sur le portail du dépôt annonce une réouverture en mai.", "Épinglé au mur, l'avis ne suffit pas.")]
    public void PlainArticle_SayingPinnedInPassing_KeepsItsParagraphs(string byline, string date, string headline, string first, string last)
    {
        var page = string.Join("\n\n", headline, byline + "\n" + date, first, last);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        var paragraphs = article.Paragraphs.Select(x => x.Text).ToList();
        Assert.Contains(first, paragraphs);
        Assert.Contains(last, paragraphs);
    }
}
