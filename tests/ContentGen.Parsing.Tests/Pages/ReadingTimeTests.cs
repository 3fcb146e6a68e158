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
