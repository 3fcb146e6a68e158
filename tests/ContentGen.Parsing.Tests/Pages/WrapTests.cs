using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A dump wraps at a fixed width but never breaks where the page bound two words together (a
/// non-breaking space in "27 décembre", "12. März", "M. Dupont"): the line before such a pair ends
/// early, with room left. A line that ends mid-sentence with the next one going on in lower case or
/// with a number is still the same paragraph.
/// </summary>
public sealed class WrapTests
{
    [Theory]
    [InlineData(
        "Le conseil régional a voté l'extension du service de bus de nuit, mardi",
        "27 décembre, aux villages de la vallée qui le réclamaient depuis des années",
        "et que l'opposition jugeait trop coûteux pour les communes de la région.")]
    [InlineData(
        "Der Regionalrat hat die Ausweitung des Nachtbusses auf die Dörfer am",
        "27. Dezember beschlossen, die das seit Jahren von der Gemeinde forderten,",
        "und die der Opposition bisher als zu teuer für die Gemeinden galten.")]
    [InlineData(
        "The regional council voted to extend the night bus service on Tuesday",
        "27 December, to the valley villages that had demanded it for so many years",
        "and that the opposition thought too costly for the towns of the region.")]
    [InlineData(
        "El consejo regional aprobó ampliar el servicio de autobuses nocturnos a",
        "los pueblos del valle el martes 27 de diciembre, tras años de reclamaciones",
        "de los vecinos y pese a la oposición, que lo juzgaba demasiado caro.")]
    public void ALineEndedEarlyBeforeABoundPair_IsStillTheSameParagraph(string first, string second, string third)
    {
        var text = string.Join("\n", first, second, third);

        var article = ArticleParser.Parse("Night buses reach the villages\n\n" + text);

        Assert.Equal(string.Join(" ", first, second, third), Assert.Single(article.Paragraphs).Text);
    }

    // A short line without a full stop over a line in lower case is a label over its list, not
    // wrapped prose: the width rule still parts them.
    [Fact]
    public void AShortLineOverAnother_StillEndsItsBlock()
    {
        var text = string.Join(
            "\n",
            "Night buses reach the villages",
            "",
            "The regional council voted on Tuesday to extend the night bus service to",
            "the outer villages, a move that residents have demanded for many years.",
            "Timetable",
            "buses leave the station every hour from midnight until five in the morning.");

        var article = ArticleParser.Parse(text);

        Assert.DoesNotContain(article.Paragraphs, p => p.Text.Contains("Timetable buses", StringComparison.Ordinal));
    }
    // The items of a numbered list each start a line of their own, however much room the line above left.
    [Fact]
    public void NumberedItems_StayApart()
    {
        var text = string.Join(
            "\n",
            "Night buses reach the villages",
            "",
            "1. The number of night buses in the region and in the towns,",
            "2. The routes and the stops in the valley villages and in the old town,",
            "3. The cost of the service for the towns and for the region over two years.");

        var article = ArticleParser.Parse(text);

        Assert.Equal(3, article.Paragraphs.Count);
        Assert.All(article.Paragraphs, p => Assert.False(p.Text.Contains(" 2. ", StringComparison.Ordinal), p.Text));
    }
    // A photo credit glued under a wrapped paragraph, with no blank line between, is a caption of
    // its own: the paragraph stays in the body whole, and the credit is set aside.
    [Theory]
    [InlineData("en", "Photo: Jane Roe / Reuters")]
    [InlineData("fr", "Image d'illustration.")]
    [InlineData("de", "Foto: Jonas Weber")]
    [InlineData("es", "Imagen: Lucía Fernández")]
    [InlineData("it", "Foto di Marco Rinaldi")]
    [InlineData("pt", "Fotografia: Ana Costa")]
    [InlineData("nl", "Beeld: Sanne de Vries")]
    public void ACreditGluedUnderAParagraph_IsACaptionOfItsOwn(string language, string credit)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var page = string.Join("\n\n", p[0], p[1], HardWrap.Lines(closing, 72) + "\n" + credit, p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], closing, p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == credit);
    }
    // A one-line caption with its credit under it, no blank line between, stays one caption.
    [Theory]
    [InlineData("en", "The new depot at the station, on Tuesday.", "Jane Roe / Reuters")]
    [InlineData("fr", "Le nouveau dépôt de bus à la gare, mardi.", "[Jane Roe / AFP]")]
    public void AOneLineCaptionWithItsCredit_StaysACaption(string language, string caption, string credit)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], p[1], HardWrap.Lines(Articles.Closing(language), 72), caption + "\n" + credit, p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.DoesNotContain(caption, article.Paragraphs.Select(x => x.Text));
    }
}
