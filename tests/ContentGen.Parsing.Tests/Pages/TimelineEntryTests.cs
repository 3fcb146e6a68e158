using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 63 (pfresh): a timeline's dated entries inside the article, a date alone on its line glued over the entry's
/// sentence (the fresh page es-cronologia-azucarera's shape), here a ferry's, a school's and a bridge's story in other words
/// and dates, in every language. Main set every date line aside as a dateline. Guards: the dated lines of a page's chrome
/// (other stories' headlines each over its date, readers' comments each under the writer's name) stay aside, and so do dates
/// glued over sentences whose dates do not run in order.
/// </summary>
public sealed class TimelineEntryTests
{
    // Per language: the headline, the intro, three entries (date, sentence), a closing paragraph; the entries' dates in order.
    public static IEnumerable<object[]> Timelines =>
    [
        new object[] { "en", "Timeline: how the ferry crossing at Holme Reach came to close", "The last ferry leaves the slipway at Holme Reach on Friday after more than sixty years of service, and the operator has confirmed that no new licence will be sought.", new[] { "14 May 2018", "The operator warns the county that the boat needs a new engine within three years.", "2 October 2020", "Fares rise by a third and the evening crossings are cut to two a week.", "19 January 2023", "The harbour board refuses a grant for a second boat after a long debate.", "Residents have started a petition to bring a smaller boat into service next summer, and the council will discuss it in April." } },
        new object[] { "fr", "Chronologie : comment l'école de Saint-Aubin a fermé ses portes", "L'école du village accueille ses derniers élèves ce vendredi après plus d'un siècle d'existence, et la commune a confirmé qu'aucune classe ne rouvrira.", new[] { "14 mai 2018", "L'inspection annonce la fermeture d'une classe faute d'élèves en nombre suffisant.", "2 octobre 2020", "Les parents occupent la cour pendant une semaine pour obtenir un nouveau poste.", "19 janvier 2023", "Le conseil municipal vote le regroupement avec l'école de la commune voisine.", "Les parents ont lancé une pétition pour garder la cantine ouverte aux anciens du village, et le maire doit les recevoir en avril." } },
        new object[] { "de", "Chronik: Wie die Brücke über die Ammer gesperrt wurde", "Die alte Brücke über die Ammer wird am Freitag nach mehr als neunzig Jahren für den Verkehr gesperrt, und die Stadt hat bestätigt, dass sie nicht mehr saniert wird.", new[] { "14. Mai 2018", "Ein Gutachten findet tiefe Risse in zwei Pfeilern und fordert eine Sperre für Lastwagen.", "2. Oktober 2020", "Der Stadtrat lehnt einen Neubau ab, weil die Fördermittel des Landes ausbleiben.", "19. Januar 2023", "Die Bürgerinitiative sammelt mehr als dreitausend Unterschriften für eine Fußgängerbrücke.", "Die Anwohner haben eine Petition für eine Fähre gestartet, und der Bauausschuss will im April darüber beraten." } },
        new object[] { "es", "Cronología: así se cerró el mercado de abastos de Valdemora", "El mercado de abastos cierra este viernes después de casi ochenta años de actividad, y el Ayuntamiento ha confirmado que no habrá una nueva concesión.", new[] { "14 de mayo de 2018", "Los comerciantes denuncian goteras en la cubierta y piden una reforma urgente del edificio.", "2 de octubre de 2020", "Cierran cinco de los doce puestos tras la subida del alquiler municipal.", "19 de enero de 2023", "El pleno rechaza el proyecto de reforma por falta de fondos europeos.", "Los vecinos han recogido firmas para abrir un mercadillo semanal en la plaza, y el concejal de Comercio los recibirá en abril." } },
        new object[] { "it", "Cronologia: come ha chiuso il mulino di Roccalta", "Il vecchio mulino di Roccalta chiude venerdì dopo più di un secolo di lavoro, e la proprietà ha confermato che non cercherà un nuovo gestore.", new[] { "14 maggio 2018", "La società annuncia un piano di tagli che riduce i turni da tre a due.", "2 ottobre 2020", "Gli agricultori della valle smettono di portare il grano per i prezzi troppo bassi.", "19 gennaio 2023", "Il Comune presenta un progetto per trasformare l'edificio in un museo.", "Gli abitanti hanno raccolto firme per salvare la ruota del mulino, e il sindaco li riceverà ad aprile." } },
        new object[] { "pt", "Cronologia: como fechou a estação de comboios de Vale Fundo", "A estação de Vale Fundo fecha esta sexta-feira depois de mais de cem anos de serviço, e a empresa confirmou que não haverá nova paragem.", new[] { "14 de maio de 2018", "A empresa anuncia que os comboios da noite deixam de parar na vila.", "2 de outubro de 2020", "A bilheteira fecha e os passageiros passam a comprar o bilhete a bordo.", "19 de janeiro de 2023", "A câmara pede ao governo que mantenha a linha aberta para os estudantes.", "Os moradores lançaram uma petição para manter um autocarro até à cidade, e a câmara vai discuti-la em abril." } },
        new object[] { "nl", "Tijdlijn: zo ging het zwembad van Oosterdijk dicht", "Het openluchtbad van Oosterdijk gaat vrijdag dicht na meer dan zestig jaar, en de gemeente heeft bevestigd dat er geen nieuwe exploitant komt.", new[] { "14 mei 2018", "De beheerder waarschuwt dat de pompen binnen drie jaar vervangen moeten worden.", "2 oktober 2020", "De openingstijden worden ingekort omdat er te weinig badmeesters zijn.", "19 januari 2023", "De gemeenteraad wijst een krediet voor een nieuw bassin af na een lang debat.", "Omwonenden zijn een petitie begonnen voor een zwemplek in de plas, en de wethouder ontvangt hen in april." } },
    ];

    private static string Page(string language, string headline, string intro, string[] entries, bool blankBetweenEntries = true)
    {
        var timeline = new List<string>();
        for (var e = 0; e + 1 < entries.Length - 1; e += 2)
        {
            timeline.Add(entries[e] + "\n" + entries[e + 1]);
        }

        return string.Join(
            "\n\n",
            CourierHeader.Lines(language),
            headline,
            Articles.Byline(language) + "\n" + Articles.Dateline(language),
            intro,
            string.Join(blankBetweenEntries ? "\n\n" : "\n", timeline),
            entries[^1],
            "© 2025 " + CourierHeader.Site);
    }

    // Main set every entry's date aside as a dateline, in all seven languages.
    [Theory]
    [MemberData(nameof(Timelines))]
    public void TimelineDates_GluedOverTheirEntries_AreTheArticlesText(string language, string headline, string intro, string[] entries)
    {
        var article = ArticleParser.Parse(Page(language, headline, intro, entries));

        Assert.Equal(headline, article.Title);
        var text = string.Join("\n", article.Paragraphs.Select(p => p.Text));
        foreach (var line in entries.Prepend(intro))
        {
            Assert.Contains(line, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(article.Boilerplate, b => b.Text == entries[0] || b.Text == entries[2] || b.Text == entries[4]);
        Assert.DoesNotContain(article.Sections, s => s.Heading == entries[0]);
    }

    // Printed with no blank line between the entries: each date stands under the previous entry's sentence.
    [Theory]
    [MemberData(nameof(Timelines))]
    public void TimelineDates_UnderThePreviousEntrysSentence_AreTheArticlesText(string language, string headline, string intro, string[] entries)
    {
        var article = ArticleParser.Parse(Page(language, headline, intro, entries, blankBetweenEntries: false));

        var text = string.Join("\n", article.Paragraphs.Select(p => p.Text));
        Assert.Contains(entries[0], text, StringComparison.Ordinal);
        Assert.Contains(entries[2], text, StringComparison.Ordinal);
        Assert.Contains(entries[4], text, StringComparison.Ordinal);
    }

    // The guard on order: the same lines with the dates out of order are no timeline; set aside as on main.
    [Theory]
    [MemberData(nameof(Timelines))]
    public void DatesOutOfOrder_AreNoTimeline(string language, string headline, string intro, string[] entries)
    {
        var shuffled = (string[])entries.Clone();
        (shuffled[0], shuffled[2]) = (entries[2], entries[0]);
        var article = ArticleParser.Parse(Page(language, headline, intro, shuffled));

        Assert.Contains(article.Boilerplate, b => b.Text == shuffled[0]);
        Assert.Contains(article.Paragraphs, p => p.Text.Contains(shuffled[1], StringComparison.Ordinal));
    }

    // The guard on chrome: under the article, other stories' headlines each over its date, and readers' comments each under
    // the writer's name, with their dates in order: the page's, set aside, as on main.
    [Theory]
    [MemberData(nameof(Timelines))]
    public void DatedChromeUnderTheArticle_StaysAside(string language, string headline, string intro, string[] entries)
    {
        var p = Articles.Of(language);
        var page = string.Join(
            "\n\n",
            CourierHeader.Lines(language),
            headline,
            Articles.Byline(language) + "\n" + Articles.Dateline(language),
            intro,
            entries[1] + " " + entries[3],
            entries[^1],
            "Marta Quill\n" + entries[0] + "\n" + entries[5],
            "Tom Birch\n" + entries[2] + "\n" + p[1],
            "Ada Fenn\n" + entries[4] + "\n" + p[2],
            "© 2025 " + CourierHeader.Site);

        var article = ArticleParser.Parse(page);

        Assert.Contains(article.Paragraphs, x => x.Text.Contains(entries[^1], StringComparison.Ordinal));
        foreach (var date in new[] { entries[0], entries[2], entries[4] })
        {
            Assert.DoesNotContain(article.Paragraphs, x => x.Text.Contains(date, StringComparison.Ordinal));
        }
    }
}
