using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 62 (pfresh): an article embeds two social posts between its paragraphs (an X post: the account's name, its
/// handle, the text, the date, the link to the network; an Instagram post: the account, a place, the text, the link, the
/// date), as the fresh page nl-luchtballon-noodlanding does, here with other accounts, words and dates. Under a page's
/// header the dates under the article's heaviest run of prose were read as items after the article (readers' comments,
/// other stories), and two of them put the page's footer at the first: main lost every paragraph under the first post
/// (de, it, nl). The posts' dates are glued to the network's link, which no comment's or teaser's date is.
/// </summary>
public sealed class EmbeddedPostDateTests
{
    // One page's two posts per language (an X post: name, handle, text, date, link; an Instagram post: account, place,
    // text, link, date) and a last paragraph: the article's rows, and the guard's, printed as readers' comments instead.
    public static IEnumerable<object[]> Posts =>
    [
        new object[] { "de", "Von Jana Rohde", "Freiwillige Feuerwehr Lindach", "@ff_lindach", "Übung am Wehr erfolgreich beendet, danke an alle Helferinnen und Helfer", "3. März 2025", "Auf X ansehen", "cafe_am_markt", "Lindach", "Ab Montag wieder geöffnet mit neuem Kuchen und längeren Zeiten am Abend", "Diesen Beitrag auf Instagram ansehen", "2. März 2025", "Anwohner des Betriebshofs baten den Rat, nachts auf leise Motoren zu achten, und der Betreiber versprach Elektrobusse auf den späten Linien." },
        new object[] { "it", "Di Giovanna Rossi", "Protezione Civile Roccalta", "@pc_roccalta", "Strada chiusa vicino al ponte per la piena del torrente, usate la provinciale", "3 marzo 2025", "Visualizza su X", "forno_dellapiazza", "Roccalta", "Grazie a tutti quelli che sono venuti a darci una mano con le pulizie", "Visualizza questo post su Instagram", "2 marzo 2025", "Gli abitanti vicino al deposito hanno chiesto silenzio di notte, e l'azienda ha promesso autobus elettrici sulle linee più tarde." },
        new object[] { "nl", "Door Jana de Roo", "Brandweer Oosterdijk", "@brw_oosterdijk", "Oefening bij de sluis goed verlopen, dank aan alle vrijwilligers van vandaag", "3 maart 2025", "Bekijken op X", "bakkerij_dekroon", "Oosterdijk", "Dank aan alle buren die kwamen helpen met opruimen na de storm van gisteren", "Bekijk dit bericht op Instagram", "2 maart 2025", "Omwonenden van de stalling vroegen de raad om 's nachts stille motoren, en de vervoerder beloofde elektrische bussen op de late lijnen." },
        new object[] { "en", "By Jane Roe", "Marlow Rowing Club", "@marlowrowing", "Boats out early today, the river is calm and the new pontoon is finally in the water", "3 March 2025", "View on X", "harbourcafe_official", "Wendover", "Free tea for everyone who helps to clear the towpath on Saturday morning", "View this post on Instagram", "2 March 2025", "Residents who live near the depot asked the council to keep the engines quiet at night, and the operator promised electric buses on the late routes." },
        new object[] { "fr", "Par Jeanne Roux", "Comité des fêtes de Saint-Aubin", "@fetes_staubin", "Le char de la fanfare est prêt pour dimanche, venez nombreux sur la place", "3 mars 2025", "Voir sur X", "boulangerie_delaplace", "Saint-Aubin", "Merci à tous pour votre patience pendant les travaux de la rue", "Voir cette publication sur Instagram", "2 mars 2025", "Les riverains du dépôt ont demandé que les moteurs restent silencieux la nuit, et l'exploitant a promis des bus électriques sur les lignes tardives." },
        new object[] { "es", "Por Juana Ruiz", "Protección Civil Valdemora", "@pcivil_valdemora", "Carretera cortada junto al puente por la crecida del arroyo, buscad otra ruta", "3 de marzo de 2025", "Ver en X", "panaderia_lafuente", "Valdemora", "Gracias a todos los vecinos que vinieron a ayudar con la limpieza del local", "Ver esta publicación en Instagram", "2 de marzo de 2025", "Los vecinos de las cocheras pidieron al consejo que los motores no hagan ruido de noche, y la empresa prometió autobuses eléctricos en las líneas tardías." },
        new object[] { "pt", "Por Joana Rocha", "Bombeiros de Vale Fundo", "@bvvalefundo", "Estrada cortada junto à ponte por causa da cheia da ribeira, usem a nacional", "3 de março de 2025", "Ver no X", "padaria_dolargo", "Vale Fundo", "Obrigado a todos os vizinhos que vieram ajudar na limpeza da loja", "Ver esta publicação no Instagram", "2 de março de 2025", "Os moradores junto à garagem pediram ao conselho motores silenciosos durante a noite, e a empresa prometeu autocarros elétricos nas linhas mais tardias." },
    ];

    private static string Page(string language, string byline, string[] x, string[] instagram, string extra)
    {
        var p = Articles.Of(language);
        return string.Join(
            "\n\n",
            CourierHeader.Lines(language),
            p[0],
            p[1],
            byline + "\n" + Articles.Dateline(language),
            Articles.Closing(language),
            p[2],
            string.Join("\n", x),
            p[3],
            string.Join("\n", instagram),
            extra,
            "© 2025 " + CourierHeader.Site);
    }

    // Main lost the paragraphs under the first post in the first three rows (de, it, nl); it already read the other four.
    [Theory]
    [MemberData(nameof(Posts))]
    public void ParagraphsAroundEmbeddedPosts_StayBody(
        string language, string byline, string xName, string xHandle, string xText, string xDate, string xLink,
        string account, string place, string instagramText, string instagramLink, string instagramDate, string extra)
    {
        var p = Articles.Of(language);
        var page = Page(language, byline, new[] { xName, xHandle, xText, xDate, xLink }, new[] { account, place, instagramText, instagramLink, instagramDate }, extra);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        var paragraphs = article.Paragraphs.Select(x => x.Text).ToList();
        foreach (var expected in new[] { p[1], Articles.Closing(language), p[2], p[3], extra })
        {
            Assert.Contains(expected, paragraphs);
        }
    }

    // The guard: the same dates, names and texts under the article as readers' comments (a name, the date, the comment),
    // with no network's link beside the date, are still items after the article: set aside, as on main.
    [Theory]
    [MemberData(nameof(Posts))]
    public void DatedCommentsUnderTheArticle_WithNoNetworksLink_StayAside(
        string language, string byline, string xName, string xHandle, string xText, string xDate, string xLink,
        string account, string place, string instagramText, string instagramLink, string instagramDate, string extra)
    {
        _ = (xHandle, xLink, place, instagramLink, extra);
        var p = Articles.Of(language);
        var page = string.Join(
            "\n\n",
            CourierHeader.Lines(language),
            p[0],
            p[1],
            byline + "\n" + Articles.Dateline(language),
            Articles.Closing(language),
            p[2],
            p[3],
            xName + "\n" + xDate + "\n" + xText,
            account + "\n" + instagramDate + "\n" + instagramText,
            "© 2025 " + CourierHeader.Site);

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], Articles.Closing(language), p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }
}
