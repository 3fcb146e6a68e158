using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A page of short paragraphs prints one-line quotes of a few words («Aquí no hay autobús.»): too light to weigh as prose,
/// such a sentence parts no run of the article's prose, so a subheading right under it heads the article's next section.
/// </summary>
public sealed class ShortSentenceRunTests
{
    public static TheoryData<string, string, string, string> Pages() => new()
    {
        { "en", "\"It was everyone's doing.\"", "Two days a week", "The surgery will open on Tuesdays and Thursdays from nine until two, and the nurse will also come on Mondays for dressings and blood tests." },
        { "fr", "« C'est l'affaire de tous. »", "Deux jours par semaine", "Le cabinet ouvrira le mardi et le jeudi de 9 heures à 14 heures, et l'infirmière viendra aussi le lundi pour les soins et les prises de sang." },
        { "de", "„Das war unser aller Werk.“", "Zwei Tage in der Woche", "Die Praxis öffnet dienstags und donnerstags von neun bis vierzehn Uhr, und die Krankenschwester kommt außerdem montags für Verbände und Blutabnahmen." },
        { "es", "«Ha sido cosa de todos.»", "Dos días a la semana", "El consultorio abrirá los martes y los jueves de 9.00 a 14.00 horas, y la enfermera vendrá también los lunes para las curas y los análisis." },
        { "it", "«È stato merito di tutti.»", "Due giorni alla settimana", "L'ambulatorio aprirà il martedì e il giovedì dalle nove alle quattordici, e l'infermiera verrà anche il lunedì per le medicazioni e i prelievi." },
        { "pt", "«Foi obra de todos.»", "Dois dias por semana", "O posto médico vai abrir às terças e quintas das nove às catorze horas, e a enfermeira vem também às segundas para os pensos e as análises." },
        { "nl", "„Dit hebben we samen gedaan.”", "Twee dagen per week", "De praktijk gaat op dinsdag en donderdag open van negen tot twee uur, en de verpleegkundige komt ook op maandag voor verbanden en bloedafname." },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void ASubheadingUnderAShortQuote_HeadsTheArticlesNextSection(string language, string quote, string heading, string last)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nSearch\nLogin", p[0], "18/02/2025 12:15", p[1], p[2], p[3], quote, heading, last, "© 2025");
        var article = ArticleParser.Parse(page);

        Assert.Equal(heading, article.Sections[^1].Heading);
        Assert.Equal(new[] { p[1], p[2], p[3], quote, last }, article.Paragraphs.Select(x => x.Text));
    }

    // A footer's short sentence after the article carries it on to no list of other stories' headlines and blurbs.
    [Fact]
    public void AShortSentenceAfterTheArticle_CarriesItOnToNoTeaserList()
    {
        var p = Articles.Of("en");
        var closing = Articles.Closing("en");
        var teasers = string.Join("\n\n",
            "Harbour wall to be rebuilt before winter", "Work starts next month and will take until the autumn, the council said.",
            "Ferry fares to rise in April", "Return tickets will cost a pound more from the first of the month.",
            "New library opens its doors", "Readers queued from eight o'clock for the first day of the new building.");
        var page = string.Join("\n\n", "Menu\nSearch\nLogin", p[0], "18/02/2025 12:15", p[1], p[2], p[3], closing, "Thanks for reading.", "More from the valley", teasers, "© 2025");
        var article = ArticleParser.Parse(page);

        Assert.DoesNotContain(article.Paragraphs, x => x.Text.StartsWith("Work starts", StringComparison.Ordinal) || x.Text.StartsWith("Readers queued", StringComparison.Ordinal));
    }

    // A footer's own short statement quotes nobody: the box's label under it heads nothing.
    [Fact]
    public void AnUnquotedShortStatementAfterTheArticle_CarriesItOnToNoFootersLabel()
    {
        var p = Articles.Of("en");
        var closing = Articles.Closing("en");
        var about = "The Valley Courier is an independent paper founded in 1998. It is funded by its readers and its subscribers, and its newsroom sits above the old post office.";
        var page = string.Join("\n\n", "Menu\nSearch\nLogin", p[0], "18/02/2025 12:15", p[1], p[2], p[3], closing, "Thanks for reading.", "About us", about, "© 2025");

        Assert.DoesNotContain(ArticleParser.Parse(page).Sections, s => s.Heading == "About us");
    }
}
