using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A page whose article is printed one sentence a paragraph has no two long paragraphs to bound the search for its
/// headline, so a line further down (a subheading, a comments section's line) won it, and the article's sentences
/// above that line were set aside as the header's. Sentences right under a byline and a dateline are the article's
/// text begun: the headline stands above them.
/// </summary>
public sealed class ShortParagraphTitleTests
{
    // A kicker, the headline, a deck without its stop, the byline's stack (name, place, date) and a caption; two
    // sentences; a subheading over the one long paragraph, next to which the subheading earned a headline's score.
    public static TheoryData<string, string[], string[], string, string[]> Pages() => new()
    {
        {
            "es",
            new[]
            {
                "MEDIO AMBIENTE", "El embalse de Valdecarro cierra el invierno al 38 % de su capacidad",
                "La Confederación mantiene las restricciones de riego y pide planes de ahorro a los ayuntamientos",
                "ANA ORTEGA\nValdecarro\n04 FEB 2025 - 11:05", "Vista del embalse, con la cola al descubierto. / Ana Ortega",
            },
            new[]
            {
                "El embalse ha terminado enero con 61 hectómetros cúbicos, doce puntos menos que hace un año.",
                "La Confederación ha decidido mantener el recorte en las dotaciones de riego para la primavera.",
            },
            "Planes de ahorro en los municipios",
            new[]
            {
                "Los trece ayuntamientos que beben del embalse deberán presentar antes del 15 de abril un plan para reducir las pérdidas de agua en sus redes, que en algunos pueblos superan un tercio de lo captado.",
                "La Confederación revisará la situación en su junta de mayo.",
            }
        },
        {
            "it",
            new[]
            {
                "SCUOLA", "La scuola di via Manzoni riapre dopo diciotto mesi di cantiere",
                "Lavori antisismici conclusi, lunedì gli alunni tornano nelle aule rinnovate del vecchio edificio",
                "PAOLA NERI\nValdorba\n12/01/2025 ore 18:30", "L'ingresso della scuola rinnovata (foto Comune di Valdorba)",
            },
            new[]
            {
                "Dopo diciotto mesi di lavori la scuola primaria riapre lunedì ai suoi duecento alunni.",
                "Il cantiere è costato un milione e mezzo, in gran parte coperto da fondi regionali.",
            },
            "Aule più sicure e più calde",
            new[]
            {
                "Le aule hanno nuovi infissi, un impianto di riscaldamento a pavimento e una palestra rifatta da capo, con spogliatoi nuovi e un ingresso separato per le associazioni sportive del quartiere.",
                "I genitori possono iscrivere i figli al servizio di pre-scuola in segreteria.",
            }
        },
        {
            "de",
            new[]
            {
                "STADTWALD", "Förster lässt das Sturmholz im Stadtwald von Lindenau liegen",
                "Nach dem Orkan im Januar sollen viele umgestürzte Bäume im Wald bleiben und den jungen Bäumen helfen",
                "JANA KOLB\nLindenau\n03.02.2025, 18:30 Uhr", "Umgestürzte Fichten am Waldweg. Foto: Jana Kolb",
            },
            new[]
            {
                "Nach dem Sturm im Januar liegen im Stadtwald von Lindenau tausende Bäume am Boden.",
                "Der Förster will viele davon liegen lassen, damit der Wald sich selbst erholt.",
            },
            "Warum das Holz liegen bleibt",
            new[]
            {
                "Totholz speichert Feuchtigkeit, schützt die jungen Bäume vor dem Wild und bietet Käfern und Pilzen einen Lebensraum, von dem am Ende auch die Vögel im Stadtwald profitieren, sagt der Förster.",
                "Die gesperrten Wege sollen bis zum Sommer wieder frei sein.",
            }
        },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void AnArticleOfShortParagraphs_UnderItsStamps_KeepsItsHeadline(string language, string[] header, string[] opening, string subheading, string[] section)
    {
        _ = language;
        var parts = new List<string> { "Portada | Local | Deportes | Opinión\nSuscríbete | Iniciar sesión" };
        parts.AddRange(header);
        parts.AddRange(opening);
        parts.Add(subheading);
        parts.AddRange(section);
        parts.Add("Comentarios\nNormas de participación");
        var article = ArticleParser.Parse(string.Join("\n\n", parts));

        Assert.Equal(header[1], article.Title);
        Assert.Equal(opening.Concat(section), article.Paragraphs.Select(x => x.Text).Where(x => x != header[2]));
        Assert.Contains(subheading, article.Sections.Select(s => s.Heading));
    }

    // Guard: under teasers in the page's header (a headline, its date and a one-sentence blurb), the article's headline
    // over its own stamps and long paragraphs stays the title, and the teasers stay the header's.
    [Fact]
    public void HeaderTeasersWithDatesAndBlurbs_LeaveTheHeadlineBelowThem()
    {
        var p = Articles.Of("es");
        var page = string.Join("\n\n", "Portada | Local | Deportes\nSuscríbete",
            "Cortes de tráfico por la media maratón", "12/03/2025", "La prueba obligará a cerrar el centro durante toda la mañana del domingo.",
            "La feria del libro vuelve a la plaza", "11/03/2025", "Más de cuarenta casetas ocuparán el paseo durante dos semanas de abril.",
            p[0], "Por Ana Ortega\n14/03/2025 - 09:20", Articles.Closing("es"), p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { Articles.Closing("es"), p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // Guard: a dateline above the headline (as many pages print it) is no byline over the article's sentences: the
    // headline under it stays the title, whatever the subheading further down scores.
    [Fact]
    public void ADatelineAboveTheHeadline_LeavesTheHeadline()
    {
        var page = string.Join("\n\n", "Portada | Local | Deportes | Opinión\nSuscríbete | Iniciar sesión", "14/03/2025 - 09:20",
            "El mercado de abastos reabre tras ocho meses de obras", "Los puestos vuelven a la plaza con nueva cubierta y cámaras de frío.",
            "Hubo colas desde las siete de la mañana en la puerta principal.", "Lo que cambia",
            "Habrá horario de tarde los jueves y los viernes, el aparcamiento subterráneo será gratuito la primera hora y los puestos vacíos saldrán a concurso en abril, según el Ayuntamiento.",
            "Comentarios\nNormas de participación");

        var article = ArticleParser.Parse(page);

        Assert.Equal("El mercado de abastos reabre tras ocho meses de obras", article.Title);
        Assert.Equal(3, article.Paragraphs.Count);
    }

    // Two sentences of twenty words under the byline (a reporter's line and a quotation), then tips under their labels,
    // then readers' comments: a commenter's name over its date was the title, and everything above it the header's.
    [Fact]
    public void TwoShortSentencesUnderTheByline_OverTipsAndComments_KeepTheHeadline()
    {
        var paragraphs = new[]
        {
            "De verwarming hoger zetten is duur.", "Met een paar kleine ingrepen houdt u de warmte beter vast.",
            "Energiecoach Marloes Bakker bezoekt elke week woningen in de regio.", "„In bijna elk huis vind ik dezelfde lekken”, zegt ze.",
            "Een kier van een paar millimeter laat meer warmte ontsnappen dan u denkt.", "Vooral in oudere huizen trekt het onder de voordeur door.",
        };
        var page = string.Join("\n\n", "Naar de inhoud\nDagblad Westkust\nNieuws   Regio   Sport   Wonen\nAbonneer   Inloggen", "Wonen",
            "Vijf tips om de kou buiten te houden zonder te verbouwen", paragraphs[0], paragraphs[1], "Femke Visser\n21 januari 2025, 06:00",
            paragraphs[2], paragraphs[3], "Tip 1: Tochtstrips langs deuren en ramen", paragraphs[4], "Tip 2: Een tochtrol voor de voordeur", paragraphs[5],
            "Reacties (2)", "Jan uit Enkhuizen\n21 jan 2025 07:12", "Goede tips. Die brievenbus had ik zelf nooit bedacht.");

        var article = ArticleParser.Parse(page);

        Assert.Equal("Vijf tips om de kou buiten te houden zonder te verbouwen", article.Title);
        Assert.Equal(paragraphs, article.Paragraphs.Select(x => x.Text));
    }

    // Two long paragraphs further down (under a subheading) bound the search, and the subheading next to them won it: the
    // short paragraphs under the byline above it are the article begun all the same.
    [Fact]
    public void ShortParagraphsUnderTheByline_OverASubheadingAndLongParagraphs_KeepTheHeadline()
    {
        var opening = new[]
        {
            "Nach zwei Jahren Planung hat der Stadtrat am Dienstag das neue Radwegenetz beschlossen.",
            "Mit 31 zu 17 Stimmen votierte die Mehrheit für das Konzept der Verwaltung.",
            "Herzstück ist ein Radweg vom Bahnhof bis zum Hafen, baulich von der Fahrbahn getrennt.",
        };
        var section = new[]
        {
            "Die Stadt rechnet mit Kosten von rund 18 Millionen Euro, von denen etwa zwei Drittel aus Förderprogrammen von Bund und Land kommen sollen, wie der Kämmerer im Ausschuss sagte.",
            "Die Opposition hält die Summe für zu hoch und verlangt, dass zuerst die Schulwege sicherer werden, bevor die Stadt Geld für neue Radwege in der Innenstadt ausgibt.",
        };
        var standfirst = new[] { "Bis 2028 sollen 42 Kilometer neue Radwege entstehen.", "Händler in der Innenstadt fürchten um ihre Parkplätze." };
        var parts = new List<string> { "Startseite | Lokales | Nordstadt\nAbo", "Stadtrat beschließt neues Radwegenetz" };
        parts.AddRange(standfirst);
        parts.Add("Von Jonas Weber\n12. März 2024, 14:30 Uhr\nLesezeit: 3 Minuten");
        parts.Add("Auf der Hafenstraße soll ein geschützter Radweg entstehen. Foto: Lena Brandt");
        parts.AddRange(opening);
        parts.Add("Lesen Sie auch: Neue Buslinie verbindet Hafen und Universität");
        parts.Add("Kosten von 18 Millionen Euro");
        parts.AddRange(section);
        var article = ArticleParser.Parse(string.Join("\n\n", parts));

        Assert.Equal("Stadtrat beschließt neues Radwegenetz", article.Title);
        Assert.Equal(standfirst.Concat(opening).Concat(section), article.Paragraphs.Select(x => x.Text));
    }

    // Guard: a teaser above the article (its headline, its date and a blurb of two sentences) is no article begun: the
    // article's own stamps and sentences, nearer the title found, decide, and the teaser stays the header's.
    [Fact]
    public void ATeaserWithATwoSentenceBlurb_AboveTheArticle_StaysTheHeaders()
    {
        var teaser = new[] { "Las obras del puente viejo terminarán antes del verano, según la Diputación.", "El tráfico pesado seguirá desviado por la variante hasta entonces." };
        var opening = new[]
        {
            "El embalse ha terminado enero con 61 hectómetros cúbicos, doce puntos menos que hace un año.",
            "La Confederación ha decidido mantener el recorte en las dotaciones de riego para la primavera.",
        };
        var section = new[]
        {
            "Los trece ayuntamientos que beben del embalse deberán presentar antes del 15 de abril un plan para reducir las pérdidas de agua en sus redes, que en algunos pueblos superan un tercio de lo captado.",
            "La Confederación revisará la situación en su junta de mayo.",
        };
        var parts = new List<string> { "Portada | Local | Deportes | Opinión\nSuscríbete | Iniciar sesión", "El puente viejo reabre en junio", "11/03/2025" };
        parts.AddRange(teaser);
        parts.AddRange(new[]
        {
            "MEDIO AMBIENTE", "El embalse de Valdecarro cierra el invierno al 38 % de su capacidad",
            "La Confederación mantiene las restricciones de riego y pide planes de ahorro a los ayuntamientos", "ANA ORTEGA\nValdecarro\n04 FEB 2025 - 11:05",
        });
        parts.AddRange(opening);
        parts.Add("Planes de ahorro en los municipios");
        parts.AddRange(section);
        parts.Add("Comentarios\nNormas de participación");

        var article = ArticleParser.Parse(string.Join("\n\n", parts));

        Assert.Equal("El embalse de Valdecarro cierra el invierno al 38 % de su capacidad", article.Title);
        Assert.Equal("2025-02-04T11:05", article.Published);
        Assert.DoesNotContain(teaser[0], article.Paragraphs.Select(x => x.Text));
    }
}
