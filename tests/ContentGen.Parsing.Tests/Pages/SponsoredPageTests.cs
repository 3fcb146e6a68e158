using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 63 (pages2): a partner's sponsored page, as the fresh page fr-transmission-fermes-partenaire prints one, here
/// with other sites, partners and words: a header (the site's name, a menu, an account's row), the sponsor's banner (its
/// label, a line that brings in the partner, the partner's name, sometimes a disclosure sentence glued under it), then the
/// headline, a standfirst, a byline and a date, and the text. The partner's name is no headline, and the banner's lines are
/// the page's, not the article's.
/// </summary>
public sealed class SponsoredPageTests
{
    // Per language: the site, its menu, its account row, the banner's label, the partner's lead, the partner's name, the
    // disclosure, the headline, the standfirst, the byline, the date, two paragraphs.
    public static IEnumerable<object[]> Pages =>
    [
        new object[] { "en", "The Marlow Courier", "News  Sport  Business  Opinion  Puzzles  Obituaries", "Sign in | Subscribe", "SPONSORED", "In partnership with", "Hollins & Pryce – Independent Building Society", "This article was produced by our commercial team for Hollins & Pryce. The newsroom of The Marlow Courier was not involved.", "Buying a first home at 25: how young couples in the valley are saving for a deposit", "House prices have risen by a third in five years. Three couples explain how they planned, budgeted and waited.", "By Laura Kemp", "Published 12 May 2025, 09:30", "When Owen and Priya Hale signed for their terraced house in April, they had been saving for six years and had moved back in with his parents twice.", "Their story is far from unusual: the average first buyer in the district is now 33, and most rely on help from their families." },
        new object[] { "fr", "La Dépêche du Lauragais", "Actualités  Sports  Économie  Culture  Annonces  Services", "Se connecter | S'abonner", "CONTENU SPONSORISÉ", "En partenariat avec", "CSL – Caisse Solidaire du Lauragais", "Cet article a été produit par le service commercial pour la Caisse Solidaire du Lauragais. La rédaction de La Dépêche du Lauragais n'y a pas participé.", "Acheter un premier logement à 25 ans : comment les jeunes couples du canton épargnent pour leur apport", "Les prix ont grimpé d'un tiers en cinq ans. Trois couples racontent comment ils ont planifié, compté et patienté.", "Par Laure Kermarrec", "Publié le 12 mai 2025 à 09h30", "Quand Olivier et Pauline Hamon ont signé pour leur maison de bourg en avril, ils épargnaient depuis six ans et étaient retournés deux fois chez ses parents.", "Leur histoire n'a rien d'exceptionnel : l'âge moyen du premier achat dans le canton est désormais de 33 ans, et la plupart comptent sur l'aide de leur famille." },
        new object[] { "de", "Lindenau Aktuell", "Lokales  Sport  Wirtschaft  Kultur  Anzeigen  Service", "Anmelden | Abonnieren", "ANZEIGE", "Gesponsert von", "Stadtwerke Lindenau – Energie für die Region", "Dieser Beitrag wurde von unserer Verlagsredaktion im Auftrag der Stadtwerke Lindenau erstellt. Die Redaktion von Lindenau Aktuell war nicht beteiligt.", "Mit 25 ins eigene Haus: Wie junge Paare im Landkreis für das Eigenkapital sparen", "Die Preise sind in fünf Jahren um ein Drittel gestiegen. Drei Paare erzählen, wie sie geplant, gerechnet und gewartet haben.", "Von Laura Kempf", "Veröffentlicht am 12. Mai 2025, 09:30 Uhr", "Als Olaf und Paula Hahn im April den Kaufvertrag für ihr Reihenhaus unterschrieben, hatten sie sechs Jahre gespart und waren zweimal zu seinen Eltern zurückgezogen.", "Ihre Geschichte ist keine Ausnahme: Wer im Landkreis zum ersten Mal kauft, ist im Schnitt 33 Jahre alt, und die meisten sind auf Hilfe der Familie angewiesen." },
        new object[] { "es", "El Heraldo del Jalón", "Actualidad  Deportes  Economía  Cultura  Anuncios  Servicios", "Iniciar sesión | Suscríbete", "CONTENIDO PATROCINADO", "En colaboración con", "Cooperativa Olivarera del Jalón", "Este contenido ha sido elaborado por el departamento comercial para la Cooperativa Olivarera del Jalón. La redacción de El Heraldo del Jalón no ha participado.", "Comprar la primera vivienda a los 25: así ahorran las parejas jóvenes de la comarca para la entrada", "Los precios han subido un tercio en cinco años. Tres parejas cuentan cómo planificaron, calcularon y esperaron.", "Por Laura Campos", "Publicado el 12 de mayo de 2025 a las 09:30", "Cuando Óscar y Paula Herrero firmaron en abril la compra de su casa adosada, llevaban seis años ahorrando y habían vuelto dos veces a casa de sus padres.", "Su historia no es una excepción: la edad media del primer comprador en la comarca es ya de 33 años, y la mayoría depende de la ayuda de su familia." },
        new object[] { "it", "Valmora Oggi", "Cronaca  Sport  Economia  Cultura  Annunci  Servizi", "Accedi | Abbonati", "CONTENUTO SPONSORIZZATO", "In collaborazione con", "BCV – Banca di Credito Valmorese", "Questo contenuto è stato realizzato dall'ufficio commerciale per la Banca di Credito Valmorese. La redazione di Valmora Oggi non vi ha partecipato.", "Comprare la prima casa a 25 anni: così le giovani coppie della valle risparmiano per l'anticipo", "I prezzi sono saliti di un terzo in cinque anni. Tre coppie raccontano come hanno pianificato, fatto i conti e aspettato.", "Di Laura Cambi", "Pubblicato il 12 maggio 2025 alle 09:30", "Quando Oscar e Paola Ferri hanno firmato in aprile il rogito della loro villetta a schiera, risparmiavano da sei anni ed erano tornati due volte a vivere dai genitori di lui.", "La loro storia non è un'eccezione: l'età media di chi compra la prima casa nella valle è ormai di 33 anni, e quasi tutti contano sull'aiuto della famiglia." },
        new object[] { "pt", "O Arauto de Vale Fundo", "Atualidade  Desporto  Economia  Cultura  Classificados  Serviços", "Entrar | Assinar", "CONTEÚDO PATROCINADO", "Em parceria com", "Adega Cooperativa de Vale Fundo", "Este conteúdo foi produzido pelo departamento comercial para a Adega Cooperativa de Vale Fundo. A redação de O Arauto de Vale Fundo não participou.", "Comprar a primeira casa aos 25 anos: como os jovens casais do concelho poupam para a entrada", "Os preços subiram um terço em cinco anos. Três casais contam como planearam, fizeram contas e esperaram.", "Por Laura Campos", "Publicado a 12 de maio de 2025 às 09:30", "Quando Óscar e Paula Ferreira assinaram em abril a escritura da sua moradia geminada, já poupavam havia seis anos e tinham voltado duas vezes para casa dos pais dele.", "A história deles não é exceção: a idade média de quem compra a primeira casa no concelho é já de 33 anos, e a maioria conta com a ajuda da família." },
        new object[] { "nl", "De Zuidvelder Courant", "Nieuws  Sport  Economie  Cultuur  Advertenties  Service", "Inloggen | Abonneren", "GESPONSORD", "In samenwerking met", "Coöperatie Zuidvelden – Samen voor de regio", "Dit artikel is gemaakt door onze commerciële afdeling voor Coöperatie Zuidvelden. De redactie van De Zuidvelder Courant was er niet bij betrokken.", "Op je 25e een eerste huis kopen: zo sparen jonge stellen in de regio voor hun eigen inbreng", "De prijzen zijn in vijf jaar met een derde gestegen. Drie stellen vertellen hoe ze plannen maakten, rekenden en wachtten.", "Door Laura Kamp", "Gepubliceerd op 12 mei 2025 om 09:30", "Toen Otto en Paula Hendriks in april de koopakte voor hun rijtjeshuis tekenden, spaarden ze al zes jaar en waren ze twee keer teruggetrokken bij zijn ouders.", "Hun verhaal is geen uitzondering: wie in de regio een eerste huis koopt, is gemiddeld 33 jaar, en de meesten zijn afhankelijk van hulp van hun familie." },
    ];

    // The lines a header prints around its menu: the link that skips to the text, and the search box's label.
    private static readonly Dictionary<string, (string Skip, string Search)> s_header = new(StringComparer.Ordinal)
    {
        ["en"] = ("Skip to content", "Search"),
        ["fr"] = ("Aller au contenu", "Rechercher"),
        ["de"] = ("Zum Inhalt springen", "Suche"),
        ["es"] = ("Ir al contenido", "Buscar"),
        ["it"] = ("Vai al contenuto", "Cerca"),
        ["pt"] = ("Ir para o conteúdo", "Pesquisar"),
        ["nl"] = ("Naar de inhoud", "Zoeken"),
    };

    private static string Page(
        string language, string site, string menu, string account, string label, string lead, string partner, string disclosure, string headline,
        string standfirst, string byline, string dated, string first, string second)
    {
        var banner = label + "\n" + lead + "\n" + partner + (disclosure.Length > 0 ? "\n" + disclosure : string.Empty);
        var (skip, search) = s_header[language];
        return string.Join("\n\n", skip + "\n" + site + "\n" + menu + "\n" + account + "\n" + search, banner, headline + "\n" + standfirst, byline + "\n" + dated, first, second, "© 2025 " + site);
    }

    // The banner with its disclosure glued under the partner's name, as the tuning page prints it.
    [Theory]
    [MemberData(nameof(Pages))]
    public void SponsoredPage_WithDisclosure_ReadsItsHeadline_AndSetsTheBannerAside(
        string language, string site, string menu, string account, string label, string lead, string partner, string disclosure,
        string headline, string standfirst, string byline, string dated, string first, string second)
    {
        var article = ArticleParser.Parse(Page(language, site, menu, account, label, lead, partner, disclosure, headline, standfirst, byline, dated, first, second));

        Assert.Equal(headline, article.Title);
        var paragraphs = article.Paragraphs.Select(x => x.Text).ToList();
        foreach (var expected in new[] { standfirst, first, second })
        {
            Assert.Contains(expected, paragraphs);
        }

        Assert.DoesNotContain(paragraphs, x => x.Contains(partner, StringComparison.Ordinal) && !x.Contains(disclosure, StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, x => x.StartsWith(lead, StringComparison.Ordinal));
    }

    // The banner with no disclosure: the label, the lead and the partner's name alone over the headline.
    [Theory]
    [MemberData(nameof(Pages))]
    public void SponsoredPage_WithNoDisclosure_ReadsItsHeadline_AndSetsTheBannerAside(
        string language, string site, string menu, string account, string label, string lead, string partner, string disclosure,
        string headline, string standfirst, string byline, string dated, string first, string second)
    {
        _ = disclosure;
        var article = ArticleParser.Parse(Page(language, site, menu, account, label, lead, partner, string.Empty, headline, standfirst, byline, dated, first, second));

        Assert.Equal(headline, article.Title);
        var paragraphs = article.Paragraphs.Select(x => x.Text).ToList();
        foreach (var expected in new[] { standfirst, first, second })
        {
            Assert.Contains(expected, paragraphs);
        }

        Assert.DoesNotContain(paragraphs, x => x.Contains(partner, StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, x => x.StartsWith(lead, StringComparison.Ordinal));
    }

    // Guards: a plain article whose sentences say "sponsored by" or "in partnership with" in passing, one of them a short
    // paragraph of its own, keeps them and its headline.
    public static IEnumerable<object[]> Passing =>
    [
        new object[] { "en", "Village fete returns after four years with a record crowd", "By Tom Ellis", "The fete, sponsored by the local brewery, drew more than 4,000 people to the green on Saturday.", "In partnership with the council, the school ran the tombola." },
        new object[] { "fr", "La fête du village revient après quatre ans avec une foule record", "Par Tom Ellé", "La fête, sponsorisée par la brasserie locale, a attiré plus de 4 000 personnes samedi sur la place.", "En partenariat avec la mairie, l'école tenait la tombola." },
        new object[] { "de", "Dorffest kehrt nach vier Jahren mit Rekordbesuch zurück", "Von Tom Eller", "Das Fest, gesponsert von der örtlichen Brauerei, lockte am Samstag mehr als 4000 Menschen auf den Anger.", "In Zusammenarbeit mit der Gemeinde betrieb die Schule die Tombola." },
        new object[] { "es", "La fiesta del pueblo vuelve tras cuatro años con un público récord", "Por Tomás Elías", "La fiesta, patrocinada por la cervecera local, atrajo el sábado a más de 4.000 personas a la plaza.", "En colaboración con el ayuntamiento, el colegio organizó la tómbola." },
        new object[] { "it", "La sagra del paese torna dopo quattro anni con un pubblico record", "Di Tommaso Elia", "La sagra, sponsorizzata dal birrificio locale, ha richiamato sabato più di 4.000 persone in piazza.", "In collaborazione con il comune, la scuola ha gestito la lotteria." },
        new object[] { "pt", "A festa da aldeia regressa após quatro anos com público recorde", "Por Tomás Elias", "A festa, patrocinada pela cervejeira local, levou no sábado mais de 4.000 pessoas ao largo.", "Em parceria com a junta, a escola organizou a tômbola." },
        new object[] { "nl", "Dorpsfeest keert na vier jaar terug met recordaantal bezoekers", "Door Tom Elsen", "Het feest, gesponsord door de plaatselijke brouwerij, trok zaterdag meer dan 4000 mensen naar het plein.", "In samenwerking met de gemeente verzorgde de school de loterij." },
    ];

    [Theory]
    [MemberData(nameof(Passing))]
    public void PlainArticle_SayingSponsoredInPassing_KeepsItsParagraphs(string language, string headline, string byline, string first, string shortParagraph)
    {
        _ = language;
        var article = ArticleParser.Parse(string.Join("\n\n", headline, byline, first, shortParagraph));

        Assert.Equal(headline, article.Title);
        var paragraphs = article.Paragraphs.Select(x => x.Text).ToList();
        Assert.Contains(first, paragraphs);
        Assert.Contains(shortParagraph, paragraphs);
    }
}
