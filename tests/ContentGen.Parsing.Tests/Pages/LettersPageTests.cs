using ContentGen.Parsing;
using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A letters page ("Letters: …", "Cartas al director", "Lezersbrieven: …") prints readers' letters one under another, each
/// under its subject and signed under its last paragraph by the writer's name and town. The signatures are the letters'
/// (kept, never a heading, a byline or the page's author), the subjects head the letters, and the editor's note on
/// letters under them is the page's. The same name-and-town line on another page reads as it did before.
/// </summary>
public sealed class LettersPageTests
{
    [Theory]
    [InlineData("Letters: Bus cuts will leave villages stranded", true)]
    [InlineData("Cartas al director", true)]
    [InlineData("Lezersbrieven: ‘Laat de pont varen’", true)]
    [InlineData("Leserbriefe", true)]
    [InlineData("Lettere al direttore: il parcheggio della stazione", true)]
    [InlineData("Letters from the front reveal a soldier's fears", false)]
    [InlineData("Cartas de amor de un farero, en una exposición", false)]
    [InlineData("Lettere e pacchi: nuovo centro di smistamento", false)]
    [InlineData("Brievenbussen verdwijnen uit de dorpen", false)]
    public void AHeadline_NamesALettersPage(string title, bool letters) => Assert.Equal(letters, Letters.IsLettersPage(title));

    public static TheoryData<string, string, string[], string[], string[]> Pages() => new()
    {
        {
            "en", "Letters: The night bus and the market",
            new[] { "Villages need their buses", "A market worth keeping" },
            new[] { "The decision to cut the night service will leave older residents without any way to reach the town after dark. Many of us gave up driving years ago.", "The Saturday market has been the heart of the town for a century, and moving it to the car park at the edge of town would empty the high street." },
            new[] { "Margaret Hill, Holme", "Name and address supplied" }
        },
        {
            "es", "Cartas al director",
            new[] { "El consultorio del pueblo", "Los contenedores de la plaza" },
            new[] { "Desde enero el médico solo pasa consulta un día a la semana, y los vecinos mayores tenemos que ir a la ciudad en el autobús de las siete de la mañana.", "Los contenedores de vidrio de la plaza llevan tres semanas sin vaciarse, y los turistas hacen fotos a la iglesia con las bolsas de botellas delante." },
            new[] { "Antonia Morales Ruiz. Olmeda del Rey", "Julián Ortega. Priego" }
        },
        {
            "nl", "Lezersbrieven: de pont en de speeltuin",
            new[] { "Laat de pont varen", "Wijk zonder speelplek" },
            new[] { "Het plan om het pontje in de winter stil te leggen raakt vooral fietsers en scholieren, die dan een omweg van bijna twintig kilometer moeten maken.", "In de nieuwe wijk wonen inmiddels honderden gezinnen, maar er is nog geen enkele speeltuin, terwijl de gemeente er al drie jaar een belooft." },
            new[] { "Kees van Dijk, Ophemert", "Anouk Bos, Tiel" }
        },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void ALettersPage_KeepsItsSignatures_AndHeadsItsLetters(string language, string title, string[] subjects, string[] letters, string[] signatures)
    {
        _ = language;
        var page = string.Join("\n\n", "Skip to content", "News   Sport   Opinion", title, "10/03/2025", subjects[0], letters[0], signatures[0], subjects[1], letters[1], signatures[1],
            "Most read\nOne headline here today\nAnother headline here today\nA third headline here today", "© 2025");

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { letters[0], signatures[0], letters[1], signatures[1] }, article.Paragraphs.Select(x => x.Text));
        Assert.Equal(subjects, article.Sections.Select(s => s.Heading).Where(h => h is not null));
        Assert.Null(article.Author);
    }

    // The editor's note under the letters is the page's.
    [Theory]
    [InlineData("en", "Letters may be edited for length. Write to letters@herald.example with your full address.")]
    [InlineData("es", "Las cartas no deben superar las 150 palabras. El periódico se reserva el derecho a resumirlas.")]
    [InlineData("nl", "Ook een brief schrijven? Mail naar brieven@courant.example. De redactie kan brieven inkorten.")]
    public void TheEditorsNoteOnLetters_IsSetAside(string language, string note)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nSearch", p[0], "10/03/2025", p[1], p[2], p[3], Articles.Closing(language), note, "© 2025");

        Assert.DoesNotContain(ArticleParser.Parse(page).Paragraphs, x => x.Text == note);
    }

    // On a page that is no letters page, a name and a town under the article read as before the rule: not the article's.
    [Theory]
    [InlineData("en", "Margaret Hill, Holme")]
    [InlineData("es", "Antonia Morales Ruiz. Olmeda del Rey")]
    public void ANameAndTown_OnAnotherPage_ReadsAsBefore(string language, string line)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nSearch", p[0], "10/03/2025", p[1], p[2], p[3], Articles.Closing(language), line, "© 2025");

        Assert.DoesNotContain(ArticleParser.Parse(page).Paragraphs, x => x.Text == line);
    }

    // On a letters page a sentence, a line with a number or a name alone is no signature.
    [Theory]
    [InlineData("The county says the route is too expensive, Holme")]
    [InlineData("Margaret Hill, 12 Mill Lane")]
    [InlineData("Margaret Hill")]
    [InlineData("Villages need their buses, and soon.")]
    [InlineData("Tom, Holme")]
    public void OtherLines_AreNoSignature(string line)
        => Assert.False(Letters.IsSignature(new TextBlock([new LineSegment(SourceLine.Split(line)[0], line)])));

    [Theory]
    [InlineData("Margaret Hill, Holme")]
    [InlineData("Antonia Morales Ruiz. Olmeda del Rey")]
    [InlineData("Kees van Dijk, Ophemert")]
    [InlineData("Name and address supplied")]
    [InlineData("Lettera firmata")]
    public void ANameAndTown_IsASignature(string line)
        => Assert.True(Letters.IsSignature(new TextBlock([new LineSegment(SourceLine.Split(line)[0], line)])));

    // A news story headlined "Cartas: …" with one name and a town between its paragraphs (review, session 24): no letters
    // page, so the line reads as it did before the rule.
    [Fact]
    public void OneNameAndTown_UnderALettersWordHeadline_IsNoSignature()
    {
        const string line = "Ana Torres, Toledo";
        var page = string.Join("\n\n", "Ir al contenido\nPortada   Local", "Cartas: el archivo municipal recupera la correspondencia del alcalde", "14/03/2025",
            "El archivo municipal ha recuperado más de trescientas cartas del antiguo alcalde, que una familia guardaba en un desván desde hace décadas.",
            line,
            "Los historiadores del archivo creen que las cartas ayudarán a entender cómo se construyó el puerto a principios del siglo pasado.",
            "La exposición con una selección de las cartas abrirá en otoño en la sala del archivo, con entrada libre.", "© 2025");

        Assert.DoesNotContain(ArticleParser.Parse(page).Paragraphs, x => x.Text == line);
    }
}
