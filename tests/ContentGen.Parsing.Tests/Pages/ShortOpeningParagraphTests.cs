using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// News articles open with short paragraphs: one long paragraph, then two of a sentence or two, then
/// a subheading. The article starts at that long paragraph: the short paragraphs after it are
/// prose, and do not part it from the next long one. Before, the article was taken to start only
/// after the subheading, which then became the page's title, and the opening was lost.
/// A practical line between the article's paragraphs ("Inscripciones … hasta el 30 de abril de 2024 en
/// el mostrador") is the article's too, though it gives a date: it is a clause, not a dateline.
/// </summary>
public sealed class ShortOpeningParagraphTests
{
    public static TheoryData<string, string[]> Pages() => new()
    {
        {
            "es",
            new[]
            {
                "Saltar al contenido", "El Correo de la Vega", "Portada > Local > Vega Baja", "",
                "La biblioteca de Orihuela amplía su horario de tarde | El Correo de la Vega", "",
                "El centro abrirá hasta las nueve de la noche de lunes a viernes a partir de abril.", "",
                "Por Marta Ibáñez", "Publicado el 15 de marzo de 2024 a las 12:30", "",
                "La biblioteca municipal de Orihuela abrirá tres horas más cada tarde a partir del 2 de abril. El ayuntamiento ha aprobado la contratación de dos auxiliares para cubrir el nuevo horario.", "",
                "Por la tarde, la sala de estudio se llena en menos de media hora.", "",
                "Los estudiantes llevaban dos cursos pidiendo el cambio con una recogida de firmas.", "",
                "Una sala para cada necesidad", "",
                "Además de la ampliación del horario, la biblioteca reorganizará la planta baja para separar la zona infantil de la sala de lectura, según explica la directora del centro.", "",
                "Inscripciones para el club de lectura hasta el 30 de abril de 2024 en el mostrador", "",
                "La concejala de Cultura, Elena Sánchez, no descarta abrir también los sábados por la tarde si la demanda de los vecinos y de los estudiantes lo justifica en los próximos meses.",
            }
        },
        {
            "en",
            new[]
            {
                "Skip to content", "Valley Courier", "Home > News > Local", "",
                "Town library opens three hours longer every evening | Valley Courier", "",
                "The library will stay open until nine in the evening on weekdays from April.", "",
                "By Priya Nair", "Published 15 March 2024, 12:30", "",
                "The town library will open three hours longer every evening from 2 April, after the council agreed to pay for two more assistants to cover the new hours.", "",
                "In the evening the study room fills up in less than half an hour.", "",
                "Students had asked for the change for two years, with a petition last autumn.", "",
                "A room for everyone", "",
                "Besides the longer hours, the library will rearrange its ground floor to keep the children's corner apart from the reading room, its head librarian said.", "",
                "Readers' meeting on Thursday 21 March 2024 at 19:30 in the main hall", "",
                "The council's culture lead, Elena Sands, does not rule out opening on Saturday afternoons as well, if the demand from readers and students is there in the coming months.",
            }
        },
        {
            "de",
            new[]
            {
                "Zum Inhalt springen", "Westfalen Kurier", "Startseite > Lokales > Hamm", "",
                "Stadtbücherei öffnet abends drei Stunden länger | Westfalen Kurier", "",
                "Die Bücherei bleibt von April an werktags bis 21 Uhr geöffnet.", "",
                "Von Miriam Schulte", "15.03.2024, 12:30 Uhr", "",
                "Die Stadtbücherei öffnet vom 2. April an jeden Abend drei Stunden länger, nachdem der Rat zwei zusätzliche Stellen für die neuen Öffnungszeiten bewilligt hat.", "",
                "Am Abend ist der Lesesaal oft schon nach einer halben Stunde voll.", "",
                "Die Studierenden hatten seit zwei Jahren darum gebeten, zuletzt mit einer Petition.", "",
                "Ein Raum für alle", "",
                "Außerdem will die Bücherei das Erdgeschoss umbauen, damit die Kinderecke vom Lesesaal getrennt ist, wie die Leiterin der Bücherei am Freitag sagte.", "",
                "Infoabend am Donnerstag, 21. März 2024, um 19:30 Uhr im Gemeindehaus", "",
                "Die Kulturdezernentin Elena Sander schließt nicht aus, dass die Bücherei bald auch am Samstagnachmittag öffnet, wenn die Nachfrage der Leser in den nächsten Monaten groß ist.",
            }
        },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void AnArticleOpeningWithShortParagraphs_KeepsItsTitleAndOpening(string language, string[] lines)
    {
        var article = ArticleParser.Parse(string.Join("\n", lines));
        var headline = lines[4].Substring(0, lines[4].IndexOf(" | ", StringComparison.Ordinal));

        Assert.Equal(headline, article.Title);
        Assert.Equal(new[] { lines[6], lines[11], lines[13], lines[15], lines[19], lines[21], lines[23] }, article.Paragraphs.Select(p => p.Text));
        Assert.Equal(lines[17], Assert.Single(article.Sections, s => s.Heading is not null).Heading);
        Assert.Equal(language, article.Language);
    }
}
