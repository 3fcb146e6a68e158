using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A match report's fact box under the article (its label, then lines of a label, a colon and figures, one of them a
/// match's label: "Arbitre : M. Roe", "Toeschouwers: 820") is the page's, whatever full stop closes its lines. A box of
/// practical facts under an article ("Tickets: £5" / "When: Saturday 15 March, 10am") names no match's label and stays.
/// </summary>
public sealed class MatchFactBoxTests
{
    public static TheoryData<string, string> Boxes() => new()
    {
        { "en", "Match facts\n\nScorers: Okonjo 34, Fairley 88.\nBooked: Penn 41, Dawes 67.\nReferee: J. Roe.\nAttendance: 4,812." },
        { "fr", "La fiche du match\n\nVALMONT : Ferrand (8 pts : 1 T, 2 P), Marty (5 pts : 1 E).\nBOURG : Sabatier (5 pts : 1 E), Lacoste (12 pts).\nArbitre : M. Roux.\nSpectateurs : 1 200 environ." },
        { "de", "Statistik\n\nTore: 0:1 Brandt (27.), 1:1 Kühn (58.).\nGelbe Karten: Wolf (40.), Lenz (71.).\nSchiedsrichter: J. Berg.\nZuschauer: 640." },
        { "es", "Ficha del partido\n\nGoles: 0-1, min. 31: Ledesma. 1-1, min. 58: Mora.\nÁrbitro: J. Ruiz.\nAmonestados: Sanz (40), Gil (71).\nEspectadores: 2.300." },
        { "it", "Il tabellino\n\nVIRTUS VALMORA: Pellegrini 21, Bassi 17, Orlandini 14.\nCASTELFRANCO: Ferretti 26, Lodi 15, Ruggeri 13.\nArbitri: Rinaldi e Conti." },
        { "pt", "Ficha do jogo\n\nGolos: 0-1, Costa (31); 1-1, Mota (58).\nÁrbitro: J. Rocha.\nCartões amarelos: Silva (40), Gil (71).\nAssistência: 2.300." },
        { "nl", "Wedstrijdgegevens\n\nDoelpunten: 15. Verbeek 0-1, 44. De Groot 1-1.\nRode kaart: 50. Lansbergen.\nScheidsrechter: P. Dekker.\nToeschouwers: 820." },
    };

    [Theory]
    [MemberData(nameof(Boxes))]
    public void AMatchsFactBox_UnderTheArticle_IsThePages(string language, string box)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var page = string.Join("\n\n", "Menu\nSearch", p[0], "15/02/2025 17:55", p[1], p[2], p[3], closing, box, "© 2025");
        var article = ArticleParser.Parse(page);

        Assert.Equal(closing, article.Paragraphs[^1].Text);
    }

    // An event's practical facts under the article name no match's label: they are the article's, full stops and all.
    [Theory]
    [InlineData("en", "When: Saturday 15 March, 10am to 4pm.\nWhere: 12 Quay Street.\nTickets: £5, children free.")]
    [InlineData("fr", "Quand : samedi 15 mars, de 10 h à 16 h.\nOù : 12, rue du Port.\nTarif : 5 €, gratuit pour les enfants.")]
    [InlineData("de", "Wann: Samstag, 15. März, 10 bis 16 Uhr.\nWo: Hafenstraße 12.\nEintritt: 5 Euro, Kinder frei.")]
    [InlineData("fr", "Expulsions : 1 200 en 2023.\nRégularisations : 3 400 en 2023.\nRecours : 850.")]
    [InlineData("pt", "Assistência: 800 123 456.\nHorário: das 9h às 18h.\nEmail: apoio@camara.example.")]
    [InlineData("es", "Expulsados: 300 en 2023.\nIncidencias: 12 llamadas.\nPlazo: 30 días.")]
    [InlineData("de", "Kosten: 2,4 Millionen Euro.\nTore: 3 neue Fluttore am Deich.\nBauzeit: 2 Jahre.")]
    [InlineData("en", "Pupils: 412.\nAttendance: 95%.\nInspection: rated good in 2023.")]
    public void PracticalFacts_UnderTheArticle_StayTheArticles(string language, string box)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var page = string.Join("\n\n", "Menu\nSearch", p[0], "15/02/2025 17:55", p[1], p[2], p[3], closing, box, "© 2025");
        var article = ArticleParser.Parse(page);

        Assert.Contains(article.Paragraphs, x => x.Text.StartsWith(box.Split('\n')[^1], StringComparison.Ordinal) || x.Text.EndsWith(box.Split('\n')[^1], StringComparison.Ordinal));
    }
}
