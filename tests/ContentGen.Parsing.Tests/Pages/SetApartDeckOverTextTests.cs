using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 71 (ptitle): a press review's copy or a wire's story prints its stamps above the headline, or none, and its deck,
/// set apart from the headline by a blank line and printed without its stop, stands right over the article's first
/// paragraph. The deck is nearest the text and outscored the headline (a press review's German page and a wire's English
/// story among the tuning pages read their deck as the title). The headline is the shorter line over it, in every language,
/// when the deck runs past any headline's length or to half as long again as its headline; a kicker or another story's
/// headline set apart over a headline of a headline's length stays above it.
/// </summary>
public sealed class SetApartDeckOverTextTests
{
    // A press review's header: its service, its hit's counter and pager, and its stamps in a box over the copy.
    private static string ReviewTop(string language) => language switch
    {
        "en" => "PRESS MONITOR NORTH · Clippings for Hollinsby District · Client 40-1187\nIssue of 04.03.2025 · Topic: Libraries · Hit 4 of 12\n<< previous hit | Overview | next hit >>\n\nSource: The Hollinsby Courier\nDate: 04.03.2025\nPage: 7\nSection: Region",
        "fr" => "REVUE DE PRESSE OUEST · Coupures pour la communauté de communes · Client 40-1187\nÉdition du 04.03.2025 · Thème : Bibliothèques · Résultat 4 sur 12\n<< résultat précédent | Sommaire | résultat suivant >>\n\nSource : L'Écho du Val\nDate : 04.03.2025\nPage : 7\nRubrique : Région",
        "de" => "MEDIENSPIEGEL WEST · Pressespiegel für den Kreis Talbrück · Kundennummer 40-1187\nAusgabe vom 04.03.2025 · Thema: Nahversorgung · Treffer 4 von 12\n<< vorheriger Treffer | Übersicht | nächster Treffer >>\n\nQuelle: Talbrücker Bote\nDatum: 04.03.2025\nSeite: 7\nRessort: Region",
        "es" => "RESUMEN DE PRENSA NORTE · Recortes para la comarca · Cliente 40-1187\nEdición del 04.03.2025 · Tema: Bibliotecas · Resultado 4 de 12\n<< resultado anterior | Índice | resultado siguiente >>\n\nFuente: El Eco del Valle\nFecha: 04.03.2025\nPágina: 7\nSección: Región",
        "it" => "RASSEGNA STAMPA NORD · Ritagli per la provincia · Cliente 40-1187\nEdizione del 04.03.2025 · Tema: Commercio · Risultato 4 di 12\n<< risultato precedente | Indice | risultato successivo >>\n\nFonte: La Voce della Valle\nData: 04.03.2025\nPagina: 7\nSezione: Cronaca",
        "pt" => "CLIPPING NORTE · Recortes para o concelho · Cliente 40-1187\nEdição de 04.03.2025 · Tema: Bibliotecas · Resultado 4 de 12\n<< resultado anterior | Índice | resultado seguinte >>\n\nFonte: O Eco do Vale\nData: 04.03.2025\nPágina: 7\nSecção: Região",
        _ => "PERSOVERZICHT NOORD · Knipsels voor de gemeente · Klant 40-1187\nEditie van 04.03.2025 · Thema: Winkels · Resultaat 4 van 12\n<< vorig resultaat | Overzicht | volgend resultaat >>\n\nBron: De Valleibode\nDatum: 04.03.2025\nPagina: 7\nRubriek: Regio",
    };

    // A wire's desk prints its queue's header and the story's slug and stamp over the headline, whatever the story's language.
    private const string WireTop = "WIREDESK 4.2 | Queue: HOME NEWS | User: desk2\nReceived: 04-Mar-2025 14:22  Source: CPA  Msg: 0318841\nPriority: 3   Category: GEN\n\n"
        + "BC-VALLEY-STORY (UPDATE 1)\n14:19 GMT 04-Mar-2025\nFOR IMMEDIATE RELEASE";

    // The article's text: a first paragraph of two sentences, as a news story's lede runs, and a second.
    private static string Text(string language)
    {
        var p = Articles.Of(language);
        return p[1] + " " + p[2] + "\n\n" + p[3];
    }

    // Decks past any headline's length (fifteen words or more), and decks of half as long again as their headline.
    private static readonly (string Language, string Headline, string Deck)[] s_headlinesAndDecks =
    {
        ("en", "Hollinsby library reopens its restored reading room after two years", "Volunteers catalogued 18,000 books during the closure; the county will fund longer opening hours on Saturdays from March"),
        ("fr", "La médiathèque de Saint-Oradour rouvre sa salle de lecture", "Des bénévoles ont catalogué 18 000 ouvrages pendant les travaux – la commune allonge les horaires du samedi"),
        ("de", "Letzte Bäckerei in Talbrück schließt zum Monatsende", "Bäckermeister Kolbe findet keinen Nachfolger – Gemeinde und Kreis wollen einen Dorfladen prüfen"),
        ("es", "La biblioteca de Tormesina reabre su sala de lectura restaurada", "Los voluntarios catalogaron 18.000 libros durante el cierre y el ayuntamiento ampliará el horario de los sábados desde marzo"),
        ("it", "Chiude l'ultimo forno di Monteviscardo a fine mese", "Il fornaio Bertola non trova un successore e il Comune valuta un emporio"),
        ("pt", "Biblioteca de Alvorinha reabre a sala de leitura restaurada", "Os voluntários catalogaram 18 mil livros e a câmara vai alargar o horário de sábado"),
        ("nl", "Laatste bakkerij van Ravenswoude sluit eind deze maand", "Bakker Kolff vindt geen opvolger en de gemeente onderzoekt een kleine dorpswinkel op het plein"),
    };

    public static TheoryData<string, string, string> Rows()
    {
        var rows = new TheoryData<string, string, string>();
        foreach (var (language, headline, deck) in s_headlinesAndDecks)
        {
            rows.Add(language, headline, deck);
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void AReviewsDeckSetApartOverItsText_LeavesTheHeadlineTheTitle(string language, string headline, string deck)
    {
        var page = ReviewTop(language) + "\n\n" + headline + "\n\n" + deck + "\n\n" + Text(language);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(deck, article.Paragraphs[0].Text);
        Assert.Equal(Articles.Of(language)[3], article.Paragraphs[^1].Text);
    }

    // A wire's story: its desk's slug and stamp over the headline, the deck set apart under it, the text.
    [Theory]
    [MemberData(nameof(Rows))]
    public void AWiresDeckSetApartOverItsText_LeavesTheHeadlineTheTitle(string language, string headline, string deck)
    {
        var page = WireTop + "\n\n" + headline + "\n\n" + deck + "\n\n" + Text(language);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
    }

    // Guards: a kicker or another story's line of seven words or more set apart over a headline of a headline's length, which
    // is shorter than half as long again as the line above it: the lower line is the headline.
    [Theory]
    [InlineData("en", "After months of complaints from residents near the market", "Hollinsby closes Market Street to traffic for the whole summer season")]
    [InlineData("fr", "Après des mois de plaintes des riverains du marché", "Saint-Oradour ferme la rue du Marché à la circulation tout l'été")]
    [InlineData("de", "Nach monatelangen Beschwerden der Anwohner am Markt", "Talbrück sperrt die Marktstraße den ganzen Sommer für den Verkehr")]
    [InlineData("es", "Tras las quejas de los vecinos del barrio viejo", "Tormesina cierra al tráfico la calle del mercado durante todo el verano")]
    [InlineData("it", "Dopo mesi di proteste dei residenti vicino al mercato", "Monteviscardo chiude al traffico via del Mercato per tutta l'estate")]
    [InlineData("pt", "Depois de meses de queixas dos moradores do bairro antigo", "Alvorinha fecha ao trânsito a rua do mercado durante todo o verão")]
    [InlineData("nl", "Na maandenlang klagen van bewoners rond de markt", "Ravenswoude sluit de Marktstraat de hele zomer af voor verkeer")]
    public void AKickerSetApartOverAHeadlineOverTheText_LeavesTheHeadline(string language, string kicker, string headline)
    {
        var page = ReviewTop(language) + "\n\n" + kicker + "\n\n" + headline + "\n\n" + Text(language);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
    }

    // A kicker of fewer than seven words set apart over a headline half as long again: a phrase, no headline of its own.
    [Theory]
    [InlineData("en", "Storm season on the coast", "Hollinsby harbour closes its outer moorings for the winter after two gales")]
    [InlineData("de", "Sturmsaison an der Küste", "Der Hafen von Talbrück schließt seine äußeren Liegeplätze nach zwei Stürmen")]
    [InlineData("it", "Stagione delle mareggiate", "Il porto di Monteviscardo chiude gli ormeggi esterni per tutto l'inverno")]
    public void AShortKickerSetApartOverAHeadline_LeavesTheHeadline(string language, string kicker, string headline)
    {
        var page = ReviewTop(language) + "\n\n" + kicker + "\n\n" + headline + "\n\n" + Text(language);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
    }
}
