using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A reading time is a shape, not a fixed phrase: a number with a minute unit and a word for
/// reading, in a short line ("Lecture en 3 min.", "Read time: 6 minutes", "3 minuten lezen"),
/// whatever order a site writes them in. A sentence that reads and counts minutes is text.
/// </summary>
public sealed class ReadingTimeTests
{
    [Theory]
    [InlineData("en", "Read time: 6 minutes")]
    [InlineData("en", "6-minute read")]
    [InlineData("fr", "Lecture en 3 min.")]
    [InlineData("fr", "Lecture : 4 minutes")]
    [InlineData("de", "Lesezeit 4 Minuten")]
    [InlineData("de", "4 Min. Lesen")]
    [InlineData("es", "Lectura de 5 minutos")]
    [InlineData("es", "Leer en 5 min")]
    [InlineData("it", "Lettura: 4 min")]
    [InlineData("it", "Si legge in 3 minuti")]
    [InlineData("pt", "Leitura de 4 minutos")]
    [InlineData("pt", "Ler em 4 min")]
    [InlineData("nl", "3 minuten lezen")]
    [InlineData("nl", "Leesduur: 3 min")]
    public void AReadingTime_UnderTheHeadline_IsChrome(string language, string line)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], line, p[1], p[2], p[3]));

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Equal(BoilerplateKind.Navigation, Assert.Single(article.Boilerplate, b => b.Text == line).Kind);
    }

    // A browser's reader view prints the reading time as a span of minutes alone under the byline, with no word for reading.
    [Theory]
    [InlineData("en", "5-6 minutes")]
    [InlineData("fr", "4–5 minutes")]
    [InlineData("de", "4–5 Minuten")]
    [InlineData("es", "5-6 minutos")]
    [InlineData("it", "3 - 4 minuti")]
    [InlineData("pt", "5-6 minutos")]
    [InlineData("nl", "5-6 minuten")]
    public void AReaderViewsSpanOfMinutes_UnderTheHeadline_IsChrome(string language, string line)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(p[0] + "\n\nAnna Verhoeven\n" + line + "\n\n" + string.Join("\n\n", p[1], p[2], p[3]));

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == line);
    }

    // A single number of minutes may be a figure's value; a span in a sentence, with a full stop or a label, is text.
    [Theory]
    [InlineData("90 minuten")]
    [InlineData("5-6 minuten.")]
    [InlineData("5-6 minuten later kwam de brandweer")]
    [InlineData("Wachttijd: 5-6 minuten")]
    [InlineData("2-1 na 90 minuten")]
    [InlineData("1974-2009")]
    [InlineData("5-6 minutes de marche")]
    public void OtherSpansAndMinutes_AreNoReadingTime(string line)
        => Assert.False(ReadingTimes.IsReadingTime(line));

    // A short paragraph of figures with a span of minutes is the article's text.
    [Theory]
    [InlineData("nl", "Wachttijd bij de pont: 5-6 minuten.")]
    [InlineData("de", "Die Fahrt zur Hütte dauert 25-30 Minuten.")]
    public void AShortParagraphWithASpanOfMinutes_StaysBody(string language, string line)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], line, p[2], p[3]));

        Assert.Contains(line, article.Paragraphs.Select(x => x.Text));
    }

    // Words for reading and minutes in a sentence, or a number that counts something else, are text.
    [Theory]
    [InlineData("She read it in 5 minutes.")]
    [InlineData("Je l'ai lu en 3 minutes.")]
    [InlineData("Lecture du texte en commission")]
    [InlineData("3 minutes de silence")]
    [InlineData("Lesezeit")]
    [InlineData("Read the 40-page report")]
    [InlineData("Leer 5 libros en 10 minutos no es leer")]
    public void ReadingWordsInOtherShapes_AreNoReadingTime(string line)
        => Assert.False(ReadingTimes.IsReadingTime(line));
}
