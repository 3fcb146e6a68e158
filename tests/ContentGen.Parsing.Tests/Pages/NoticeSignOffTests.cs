using System;
using System.Collections.Generic;
using System.Linq;
using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A council's bulletin exported from print: each printed page opens with its running header, and a page may open on the
/// tail of a notice begun on the page before, which ends on its sender's sign-off glued under its last sentence ("Ihr
/// Bürgerbüro", "Your parish council", "La mairie"). The sign-off signs that notice and heads nothing: the page's article
/// is the headline under its kicker. A short headline glued under a paragraph, with its own text glued under it (a page
/// printed with no blank line), stays the headline. All text here is invented.
/// </summary>
public sealed class NoticeSignOffTests
{
    private sealed record Bulletin(string Header, string Tail, string Kicker, string Headline, string[] Paragraphs);

    private static readonly Dictionary<string, Bulletin> s_bulletins = new(StringComparer.Ordinal)
    {
        ["de"] = new(
            "Amtsblatt der Stadt Kelbrunn            Nr. 7 · Freitag, 12. April 2024",
            "Uhr. Fundsachen können montags und donnerstags\nim Ordnungsamt abgeholt werden.",
            "AUS DEM STADTRAT",
            "Neue Spielgeräte für den Stadtpark am Mühlbach",
            [
                "Der Stadtrat hat am Dienstag einstimmig beschlossen, den Spielplatz im\nStadtpark zu erneuern. Die Arbeiten sollen im Mai beginnen.",
                "Für die neuen Geräte stehen rund 45.000 Euro bereit. Ein Teil davon\nstammt aus einer Spende des örtlichen Fördervereins.",
                "Während der Bauzeit bleibt der Spielplatz gesperrt. Die Stadt bittet\ndie Familien um Verständnis.",
            ]),
        ["en"] = new(
            "Parish News of Little Hadcombe            Issue 42 · Friday 12 April 2024",
            "p.m. Tickets for the quiz night are available from the\nvillage shop until Thursday.",
            "VILLAGE HALL",
            "Roof repairs to close the village hall for six weeks",
            [
                "Work to replace the leaking roof of the village hall will begin on\nMonday, and the hall will stay closed until the end of May.",
                "The repairs will cost about £38,000, most of it met by a grant from\nthe district's community fund.",
                "Groups that meet in the hall have been offered rooms at the school\nwhile the builders are on site.",
            ]),
        ["fr"] = new(
            "Bulletin municipal de Saint-Aubrac            N° 18 · vendredi 12 avril 2024",
            "heures. Les inscriptions pour la sortie des aînés se font\nà l'accueil de la mairie jusqu'au 20 avril.",
            "TRAVAUX",
            "La rue des Tilleuls fermée à la circulation jusqu'en juin",
            [
                "Les travaux de remplacement des conduites d'eau débuteront lundi dans\nla rue des Tilleuls. Ils doivent durer huit semaines.",
                "Une déviation sera mise en place par le chemin du Moulin. Les riverains\npourront accéder à leur domicile en fin de journée.",
                "Le chantier est financé par le syndicat des eaux, pour un montant de\n120 000 euros.",
            ]),
        ["es"] = new(
            "Boletín municipal de Villaseca            Nº 31 · viernes, 12 de abril de 2024",
            "horas. Las solicitudes para el huerto urbano se entregan\nen el registro municipal hasta el día 19.",
            "MEDIO AMBIENTE",
            "El parque del Ejido tendrá riego por goteo este verano",
            [
                "El pleno aprobó el martes la instalación de un sistema de riego por\ngoteo en el parque del Ejido. Las obras empezarán en mayo.",
                "El nuevo sistema permitirá ahorrar cerca de un tercio del agua que se\ngasta ahora en los jardines.",
                "La inversión, de unos 60.000 euros, se paga con fondos de la\ndiputación provincial.",
            ]),
        ["it"] = new(
            "Notiziario comunale di Roccalba            N. 9 · venerdì 12 aprile 2024",
            "alle 12. Le domande per il contributo sui libri di testo\nvanno consegnate all'ufficio scuola entro il 30 aprile.",
            "LAVORI PUBBLICI",
            "Nuova illuminazione per il parcheggio della stazione",
            [
                "Il consiglio comunale ha approvato martedì il progetto per illuminare\nil parcheggio della stazione. I lavori inizieranno a maggio.",
                "Saranno installati ventidue nuovi lampioni a led, con una spesa di\ncirca 80.000 euro.",
                "Durante il cantiere metà dei posti auto resterà chiusa. Il Comune\nconsiglia di usare il parcheggio di via Roma.",
            ]),
        ["pt"] = new(
            "Boletim da Freguesia de Vale Fundo            N.º 14 · sexta-feira, 12 de abril de 2024",
            "horas. As inscrições para a caminhada sénior fazem-se\nna secretaria até dia 22.",
            "OBRAS",
            "Largo da Igreja vai ter novo pavimento até ao verão",
            [
                "A assembleia aprovou na terça-feira a obra de repavimentação do Largo\nda Igreja. Os trabalhos começam em maio.",
                "A obra custa cerca de 95 mil euros e é paga em parte pela câmara\nmunicipal.",
                "Durante os trabalhos, o estacionamento no largo fica proibido. A feira\nmensal passa para o recinto da escola.",
            ]),
        ["nl"] = new(
            "Gemeentenieuws Oosterwolde            Nr. 15 · vrijdag 12 april 2024",
            "uur. Aanmelden voor de snoeicursus kan tot en met woensdag\nbij de balie van het gemeentehuis.",
            "VERKEER",
            "Fietspad langs de Vaart wordt in mei verbreed",
            [
                "De gemeenteraad heeft dinsdag ingestemd met het verbreden van het\nfietspad langs de Vaart. Het werk begint in mei.",
                "Het pad wordt drie meter breed en krijgt nieuwe verlichting. De kosten\nbedragen ongeveer 210.000 euro.",
                "Tijdens het werk worden fietsers omgeleid via de Dorpsstraat. De\ngemeente verwacht dat het pad in juli klaar is.",
            ]),
    };

    // Two senders per language, in other words than the bulletin that showed the shape.
    public static TheoryData<string, string> SignOffs() => new()
    {
        { "de", "Ihr Bürgerbüro" },
        { "de", "Ihre Stadtverwaltung" },
        { "en", "Your parish council" },
        { "en", "The parish clerk" },
        { "fr", "La mairie" },
        { "fr", "Votre service culturel" },
        { "es", "El Ayuntamiento" },
        { "es", "Su concejalía de Cultura" },
        { "it", "Il Sindaco" },
        { "it", "L'ufficio tributi" },
        { "pt", "A Junta de Freguesia" },
        { "pt", "O Presidente da Junta" },
        { "nl", "Het college" },
        { "nl", "Uw gemeente" },
    };

    // The printed page as exported: running header, the notice's tail with its sign-off glued under it, the kicker, the
    // article.
    private static string Page(string language, string signOff)
    {
        var b = s_bulletins[language];
        return string.Join("\n\n", new[] { b.Header, b.Tail + "\n" + signOff, b.Kicker, b.Headline }.Concat(b.Paragraphs)) + "\n";
    }

    [Theory]
    [MemberData(nameof(SignOffs))]
    public void ASignOffUnderTheTailOfANotice_IsNoTitle(string language, string signOff)
    {
        var article = ArticleParser.Parse(Page(language, signOff));

        Assert.Equal(s_bulletins[language].Headline, article.Title);
        // Set aside alone, or with the notice's tail when the page's blocks keep them together (as the Italian ones are).
        Assert.Contains(article.Boilerplate, chrome => chrome.Text.EndsWith(signOff, StringComparison.Ordinal));
        Assert.DoesNotContain(article.Paragraphs, paragraph => paragraph.Text.Contains(signOff, StringComparison.Ordinal));
        Assert.Equal(Flat(s_bulletins[language].Paragraphs[^1]), article.Paragraphs[^1].Text);
    }

    // Guard: a page printed with no blank line, a paragraph (a notice, a teaser's blurb) glued over a short headline, and
    // the article's text glued under it. The headline has its text under it, as no sign-off has: it stays the title.
    [Theory]
    [InlineData("de", "Stadtpark bekommt Spielgeräte")]
    [InlineData("en", "Village hall to close")]
    [InlineData("fr", "Rue des Tilleuls fermée")]
    [InlineData("es", "Riego nuevo en el Ejido")]
    [InlineData("it", "Luci nuove in stazione")]
    [InlineData("pt", "Largo com novo pavimento")]
    [InlineData("nl", "Fietspad wordt verbreed")]
    public void AShortHeadlineGluedUnderAParagraph_WithItsTextGluedUnder_StaysTheTitle(string language, string headline)
    {
        var b = s_bulletins[language];
        var page = string.Join("\n", new[] { Flat(b.Tail), headline }.Concat(b.Paragraphs.Select(Flat))) + "\n";

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(Flat(b.Paragraphs[^1]), article.Paragraphs[^1].Text);
    }

    // The running header printed again atop the next printed page dates the issue, though the notice's tail pushes the
    // headline far under the first one.
    [Theory]
    [InlineData("de", "Ihr Bürgerbüro")]
    [InlineData("en", "Your parish council")]
    [InlineData("fr", "La mairie")]
    [InlineData("es", "El Ayuntamiento")]
    [InlineData("it", "Il Sindaco")]
    [InlineData("pt", "A Junta de Freguesia")]
    [InlineData("nl", "Het college")]
    public void TheRunningHeader_DatesTheIssue_OverANoticesTail(string language, string signOff)
    {
        var b = s_bulletins[language];
        var page = string.Join("\n\n", new[] { b.Header, b.Tail + "\n" + signOff, b.Kicker, b.Headline, b.Paragraphs[0], b.Paragraphs[1], b.Header, b.Paragraphs[2] }) + "\n";

        var article = ArticleParser.Parse(page);

        Assert.Equal(b.Headline, article.Title);
        Assert.Equal("2024-04-12", article.Published);
    }

    private static string Flat(string text) => text.Replace('\n', ' ');
}
