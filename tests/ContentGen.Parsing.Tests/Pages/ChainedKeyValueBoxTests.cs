using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 64 (pfresh): a box of "Key: value" lines under a subheading glued over them, between the article's text and its
/// prose going on, where the line over the subheading is a short sentence, not a paragraph (the fresh match report's
/// statistics under its line-ups). Here a library's, a pool's, a museum's, a bus line's, a market's and a bike park's year in
/// figures, in six languages (a theatre's in Italian is not read: see docs/page-reading.md), in other words than the page. Main set the box's lines aside as navigation.
/// The box stands over the next subheading, glued over the paragraph the article goes on with. Guard: the same box at the
/// article's foot with no prose under it is read as on main. Figures stay under six digits and keys name no menu word
/// ("Biglietti", "Abbonati"): KeyValueBoxes reads six digits as a phone number and a menu word as a link, and leaves such
/// a box alone (a limit, see docs/page-reading.md).
/// </summary>
public sealed class ChainedKeyValueBoxTests
{
    // Per language: the headline, the intro, the short sentence over the box, the subheading, the box's three lines, the paragraph under it.
    public static IEnumerable<object[]> Boxes =>
    [
        new object[] { "en", "Library lending rises for a third year as the reading room reopens", "The town library lent more books last year than at any time since it moved to the old corn exchange, according to figures the county published on Thursday.", "Opening hours were extended in May.", "The year in figures", new[] { "Books lent: 48,200", "New members: 1,310", "Events held: 96" }, "The librarian, Joan Ashby, said the children's reading club had done most to bring families back, and that a second club would start in the spring." },
        new object[] { "fr", "La piscine municipale bat son record de fréquentation cet été", "La piscine municipale a accueilli plus de nageurs que jamais cet été, selon le bilan présenté jeudi par la mairie devant le conseil municipal.", "Les horaires ont été élargis en juin.", "Le bilan en chiffres", new[] { "Entrées vendues : 61 400", "Cours de natation : 212", "Jours d'ouverture : 94" }, "Le directeur, Paul Vernet, a expliqué que les cours pour adultes avaient attiré un public nouveau, et qu'une seconde session ouvrira à l'automne." },
        new object[] { "de", "Heimatmuseum zählt so viele Besucher wie nie zuvor", "Das Heimatmuseum hat im vergangenen Jahr so viele Besucher gezählt wie nie zuvor, wie die Stadt am Donnerstag nach der Sitzung des Kulturausschusses mitteilte.", "Die Öffnungszeiten wurden im Mai verlängert.", "Das Jahr in Zahlen", new[] { "Besucher: 18 240", "Führungen: 305", "Neue Mitglieder: 74" }, "Die Leiterin, Karin Vogt, sagte, vor allem die Sonderausstellung über die alte Weberei habe Familien angezogen, und im Herbst folge eine zweite." },
        new object[] { "es", "La línea de autobús de Valdemora marca un récord de viajeros", "La línea de autobús entre Valdemora y la capital transportó el año pasado más viajeros que nunca, según los datos presentados el jueves por el consorcio.", "Las frecuencias se ampliaron en mayo.", "El año en cifras", new[] { "Viajeros: 82 400", "Expediciones diarias: 38", "Paradas nuevas: 4" }, "La gerente, Lucía Prado, explicó que los estudiantes habían sido los que más habían aumentado, y que en otoño se añadirá un servicio nocturno." },
        new object[] { "pt", "Mercado do peixe de Vale Fundo recebe mais visitantes do que nunca", "O mercado do peixe de Vale Fundo recebeu no ano passado mais visitantes do que em qualquer ano desde a reabertura, segundo os dados divulgados na quinta-feira pela câmara.", "O horário foi alargado em maio.", "O ano em números", new[] { "Visitantes: 96 300", "Bancas ocupadas: 41", "Dias de feira: 102" }, "A diretora, Ana Lopes, explicou que as provas de peixe fresco ao sábado trouxeram muitas famílias, e que no outono abrirá uma segunda sala." },
        new object[] { "nl", "Fietsenstalling bij station Oosterdijk vaker gebruikt dan ooit", "De fietsenstalling bij het station van Oosterdijk werd vorig jaar vaker gebruikt dan ooit, blijkt uit cijfers die de gemeente donderdag aan de raad stuurde.", "De openingstijden werden in mei verruimd.", "Het jaar in cijfers", new[] { "Gestalde fietsen: 42 100", "Vaste klanten: 2 310", "Reparaties: 860" }, "Beheerder Joost de Wit zei dat vooral forenzen uit de nieuwe wijk de stalling hebben ontdekt, en dat er in het najaar honderd plekken bij komen." },
    ];

    private static string Page(string language, string headline, string intro, string over, string heading, string[] lines, string? under)
    {
        var parts = new List<string>
        {
            CourierHeader.Lines(language),
            headline,
            Articles.Byline(language) + "\n" + Articles.Dateline(language),
            intro,
            over,
            heading + "\n" + string.Join("\n", lines),
        };
        if (under is not null)
        {
            // The next subheading glued over the paragraph the article goes on with.
            parts.Add(Subheading(language) + "\n" + under);
        }

        parts.Add("© 2025 " + CourierHeader.Site);
        return string.Join("\n\n", parts);
    }

    private static string Subheading(string language) => language switch
    {
        "en" => "Plans for the spring",
        "fr" => "Les projets du printemps",
        "de" => "Pläne für den Frühling",
        "es" => "Planes para la primavera",
        "it" => "I progetti per la primavera",
        "pt" => "Planos para a primavera",
        _ => "Plannen voor het voorjaar",
    };

    private static string Text(Article article) => string.Join("\n", article.Paragraphs.Select(p => p.Text));

    // Main set the box's lines aside as navigation (checked: 7 of 7 failed before the rule).
    [Theory]
    [MemberData(nameof(Boxes))]
    public void KeyValueBox_UnderAShortSentence_OverProse_IsTheArticlesText(string language, string headline, string intro, string over, string heading, string[] lines, string under)
    {
        var article = ArticleParser.Parse(Page(language, headline, intro, over, heading, lines, under));

        Assert.Equal(headline, article.Title);
        var text = Text(article);
        foreach (var line in lines.Prepend(over).Prepend(intro).Append(under))
        {
            Assert.Contains(line, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(article.Boilerplate, b => lines.Contains(b.Text));
        Assert.DoesNotContain(article.Sections, s => lines.Contains(s.Heading));
    }

    // Guard: at the article's foot, with no paragraph under it, the box is no article's by this rule; as on main.
    [Theory]
    [MemberData(nameof(Boxes))]
    public void KeyValueBox_WithNoProseUnder_IsNotReadByTheRule(string language, string headline, string intro, string over, string heading, string[] lines, string under)
    {
        _ = under;
        var article = ArticleParser.Parse(Page(language, headline, intro, over, heading, lines, null));

        Assert.DoesNotContain(lines[0], Text(article), StringComparison.Ordinal);
        Assert.Contains(intro, Text(article), StringComparison.Ordinal);
    }
}
