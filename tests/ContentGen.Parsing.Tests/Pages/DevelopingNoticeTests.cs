using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 64 (pages): a developing story's notices, as the fresh page de-eilmeldung-stellwerk prints them, here with other
/// stories and words in every language: a line between paragraphs that says the article is being updated, and a last line
/// that says more is coming. On main the closing line was kept as the article's last paragraph in all seven languages, and
/// the ticker's "+++ … +++" line in German; both are the page's notes on the article's state. A sentence that opens on the
/// same words and goes on stays the article's.
/// </summary>
public sealed class DevelopingNoticeTests
{
    // Per language: the site, the headline, the byline, the date, two paragraphs, the notice between them, the closing notice.
    public static IEnumerable<object[]> Stories =>
    [
        new object[] { "The Fenland Gazette", "Warehouse fire: residents told to keep windows shut", "By Clare Whitcombe", "3 March 2025, 10:15", "A fire broke out at a warehouse on the North industrial estate on Monday morning. More than sixty firefighters are at the scene.", "Residents have been told to keep their windows and doors closed. Police have closed the access road.", "This is a breaking news story and will be updated.", "More to follow." },
        new object[] { "The Fenland Gazette", "Warehouse fire: residents told to keep windows shut", "By Clare Whitcombe", "3 March 2025, 10:15", "A fire broke out at a warehouse on the North industrial estate on Monday morning. More than sixty firefighters are at the scene.", "Residents have been told to keep their windows and doors closed. Police have closed the access road.", "This story is being updated", "Further details to follow." },
        new object[] { "Der Talkurier", "Großbrand in Lagerhalle: Feuerwehr warnt Anwohner vor Rauch", "Von Sabine Wohlfahrt", "3. März 2025, 10:15 Uhr", "In einer Lagerhalle im Gewerbegebiet Nord ist am Montagmorgen ein Feuer ausgebrochen. Die Feuerwehr ist mit mehr als sechzig Einsatzkräften vor Ort.", "Anwohner sollen Fenster und Türen geschlossen halten. Die Polizei hat die Zufahrtsstraße gesperrt.", "+++ Dieser Beitrag wird fortlaufend aktualisiert +++", "Weitere Informationen folgen." },
        new object[] { "Der Talkurier", "Großbrand in Lagerhalle: Feuerwehr warnt Anwohner vor Rauch", "Von Sabine Wohlfahrt", "3. März 2025, 10:15 Uhr", "In einer Lagerhalle im Gewerbegebiet Nord ist am Montagmorgen ein Feuer ausgebrochen. Die Feuerwehr ist mit mehr als sechzig Einsatzkräften vor Ort.", "Anwohner sollen Fenster und Türen geschlossen halten. Die Polizei hat die Zufahrtsstraße gesperrt.", "*** Diese Meldung wird aktualisiert ***", "Mehr folgt." },
        new object[] { "L'Éveil du Causse", "Incendie dans un entrepôt : les riverains appelés à fermer leurs fenêtres", "Par Claire Fontanille", "3 mars 2025 à 10h15", "Un incendie s'est déclaré lundi matin dans un entrepôt de la zone industrielle nord. Plus de soixante pompiers sont sur place.", "Les riverains doivent garder portes et fenêtres fermées. La gendarmerie a fermé la route d'accès.", "Article en cours d'actualisation", "Plus d'informations à suivre." },
        new object[] { "El Eco de la Sierra", "Incendio en una nave: piden a los vecinos que cierren las ventanas", "Por Marta Villalobos", "3 de marzo de 2025, 10:15", "Un incendio se declaró el lunes por la mañana en una nave del polígono norte. Más de sesenta bomberos trabajan en el lugar.", "Los vecinos deben mantener puertas y ventanas cerradas. La policía ha cortado la carretera de acceso.", "Noticia en ampliación", "Ampliaremos información." },
        new object[] { "Il Gazzettino della Valle", "Incendio in un capannone: residenti invitati a chiudere le finestre", "di Chiara Pellegatti", "3 marzo 2025, 10:15", "Un incendio è scoppiato lunedì mattina in un capannone della zona industriale nord. Sul posto più di sessanta vigili del fuoco.", "I residenti devono tenere porte e finestre chiuse. La polizia ha chiuso la strada di accesso.", "Notizia in via di aggiornamento", "Seguiranno aggiornamenti." },
        new object[] { "O Correio do Vale", "Incêndio num armazém: moradores devem manter janelas fechadas", "Por Catarina Mourão", "3 de março de 2025, 10:15", "Um incêndio deflagrou na segunda-feira de manhã num armazém da zona industrial norte. Mais de sessenta bombeiros estão no local.", "Os moradores devem manter portas e janelas fechadas. A polícia cortou a estrada de acesso.", "Esta notícia está a ser atualizada", "Mais informações em breve." },
        new object[] { "Het Polderblad", "Grote brand in loods: omwonenden moeten ramen dichthouden", "Door Marieke Zonneveld", "3 maart 2025, 10:15", "In een loods op het industrieterrein Noord is maandagochtend brand uitgebroken. Meer dan zestig brandweerlieden zijn ter plaatse.", "Omwonenden moeten ramen en deuren gesloten houden. De politie heeft de toegangsweg afgesloten.", "Dit bericht wordt aangevuld", "Meer volgt." },
    ];

    private static string Page(string site, string headline, string byline, string dated, string first, string second, string between, string closing)
        => string.Join("\n\n", site, "Home | News | Sport", headline, byline + "\n" + dated, first, between, second, closing, "© 2025 " + site);

    [Theory]
    [MemberData(nameof(Stories))]
    public void DevelopingStory_Notices_AreSetAside_AndTheParagraphsKept(
        string site, string headline, string byline, string dated, string first, string second, string between, string closing)
    {
        var article = ArticleParser.Parse(Page(site, headline, byline, dated, first, second, between, closing));

        var paragraphs = article.Paragraphs.Select(x => x.Text).ToList();
        Assert.Equal(new[] { first, second }, paragraphs);
        Assert.Equal(headline, article.Title);
    }

    // A sentence that opens like a notice and goes on is the article's, here as its short last paragraph.
    [Theory]
    [InlineData("More to follow in the spring, when the second phase of the works begins on Mill Lane.")]
    [InlineData("Mehr in Kürze erwartet die Stadt vom Gutachten, das der Kreis in Auftrag gegeben hat.")]
    [InlineData("Plus d'informations à suivre lors de la réunion publique du 12 avril à la mairie.")]
    [InlineData("Seguiremos informando a los vecinos, prometió el alcalde al término del pleno.")]
    [InlineData("Seguiranno aggiornamenti sul cantiere nel consiglio comunale di lunedì prossimo.")]
    [InlineData("Mais informações em breve serão afixadas na junta de freguesia, disse o presidente.")]
    [InlineData("Meer volgt volgende week, als de gemeenteraad over het plan beslist.")]
    public void SentenceOpeningLikeANotice_StaysTheArticles(string closing)
    {
        var text = string.Join("\n\n", "Der Talkurier", "Home | News | Sport", "Warehouse fire: residents told to keep windows shut", "By Clare Whitcombe\n3 March 2025, 10:15",
            "A fire broke out at a warehouse on the North industrial estate on Monday morning. More than sixty firefighters are at the scene.",
            "Residents have been told to keep their windows and doors closed. Police have closed the access road.", closing, "© 2025 Der Talkurier");

        Assert.Contains(closing, ArticleParser.Parse(text).Paragraphs.Select(x => x.Text));
    }
}
