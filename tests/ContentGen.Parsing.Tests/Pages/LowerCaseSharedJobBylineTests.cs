using ContentGen.Parsing;
using ContentGen.Parsing.Metadata;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Two writers or more sharing one job of a few words in lower case after the names' comma ("Por Irene Vallés y Marcos
/// Albiol, enviados especiales", "By Jane Roe and Tom Poe, special correspondents", SharedJobBylines): the line is a byline,
/// not the headline, both writers sign, and the job is no word of the names. One writer before a plural job, a sentence, or a line with no byline's word is not read so.
/// </summary>
public sealed class LowerCaseSharedJobBylineTests
{
    [Theory]
    [InlineData("Por Irene Vallés y Marcos Albiol, enviados especiales", "Irene Vallés; Marcos Albiol")]
    [InlineData("By Jane Roe and Tom Poe, special correspondents", "Jane Roe; Tom Poe")]
    [InlineData("Par Léa Roux et Paul Vidal, envoyés spéciaux à Calais", "Léa Roux; Paul Vidal")]
    [InlineData("Por Rui Sousa e Inês Cabral, enviados especiais", "Rui Sousa; Inês Cabral")]
    [InlineData("di Luca Neri e Sara Villa, inviati a Porto Alba", "Luca Neri; Sara Villa")]
    [InlineData("Von Jana Kolb und Tim Berg, Korrespondenten in Kiel", "Jana Kolb; Tim Berg")]
    [InlineData("Door Eva Mol en Joost Dekker, verslaggevers", "Eva Mol; Joost Dekker")]
    [InlineData("Por Ana Gil, Irene Vallés y Marcos Albiol, enviados especiales", "Ana Gil; Irene Vallés; Marcos Albiol")]
    public void WritersSharingAJob_AllSign(string line, string expected)
    {
        Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));
        Assert.True(PageLines.IsByline(line.AsSpan()));
    }

    // One name before a plural job, a sentence about two reporters, a line with no byline's word, a place or a figure
    // after the comma: no shared job is cut off.
    [Theory]
    [InlineData("Por Ana Vidal, enviados especiales")]
    [InlineData("Por Ana Vidal y Luis Mora, enviados especiales, llegaron al puerto.")]
    [InlineData("Ana Vidal y Luis Mora, enviados especiales")]
    [InlineData("By Jane Roe and Tom Poe, Harbourton")]
    [InlineData("By Jane Roe and Tom Poe, reporters since 2019")]
    [InlineData("Par Léa Roux et Paul Vidal, qui ont suivi les envoyés")]
    [InlineData("By Jane Roe and the Harbour Trust, correspondents")]
    public void NoSharedJob_IsCutOff(string line)
        => Assert.Null(SharedJobBylines.WithoutJob(line.AsSpan()));

    // "Por Ana Vidal, enviados especiales": the reader's other rules read the one writer, never a second.
    [Fact]
    public void OneWriterBeforeAPluralJob_SignsAlone()
        => Assert.DoesNotContain(";", AuthorReader.Read("Por Ana Vidal, enviados especiales".AsSpan()) ?? string.Empty);

    [Theory]
    [InlineData("es", "Por Irene Vallés y Marcos Albiol, enviados especiales", "Irene Vallés; Marcos Albiol")]
    [InlineData("en", "By Jane Roe and Tom Poe, special correspondents", "Jane Roe; Tom Poe")]
    [InlineData("fr", "Par Léa Roux et Paul Vidal, envoyés spéciaux", "Léa Roux; Paul Vidal")]
    [InlineData("pt", "Por Rui Sousa e Inês Cabral, enviados especiais", "Rui Sousa; Inês Cabral")]
    [InlineData("it", "di Luca Neri e Sara Villa, inviati a Porto Alba", "Luca Neri; Sara Villa")]
    public void OnAPage_TheBylineIsNoTitle_AndBothWritersSign(string language, string byline, string expected)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Skip to content\nCoastal Gazette\nNews  Sport  Weather  Opinion", "Local", p[0], byline + "\n12/03/2024 08:15", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(expected, article.Author);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }
}
