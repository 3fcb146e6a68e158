using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A reportage signs once, under its last paragraph, for its words and its pictures together ("Texto e fotos: X",
/// "Texte et photos : X", "Text und Fotos: X"): the writer, and no line of the article.
/// </summary>
public sealed class TextAndPhotosCreditTests
{
    [Theory]
    [InlineData("en", "Words and pictures: Jane Roe")]
    [InlineData("fr", "Texte et photos : Jane Roe")]
    [InlineData("de", "Text und Fotos: Jane Roe")]
    [InlineData("es", "Texto y fotos: Jane Roe")]
    [InlineData("it", "Testo e foto: Jane Roe")]
    [InlineData("pt", "Texto e fotos: Jane Roe")]
    [InlineData("nl", "Tekst en foto's: Jane Roe")]
    public void TheClosingCredit_NamesTheWriter(string language, string credit)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather", p[0], "12/03/2024 08:15", p[1], p[2], p[3], Articles.Closing(language), credit, "© Coastal Gazette");

        var article = ArticleParser.Parse(page);

        Assert.Equal("Jane Roe", article.Author);
        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
    }

    // The words in the article's sentence stay its own, and name no writer.
    [Theory]
    [InlineData("pt", "Texto e fotos da exposição ficam no museu até ao fim de maio, disse a diretora.")]
    [InlineData("es", "Texto y fotos del archivo municipal se podrán consultar en la biblioteca desde el lunes.")]
    [InlineData("fr", "Texte et photos de l'exposition resteront visibles à la médiathèque jusqu'à la fin du mois.")]
    public void TheWordsInASentence_Stay(string language, string sentence)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather", p[0], "12/03/2024 08:15", p[1], sentence, p[2], p[3], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.Contains(article.Paragraphs, x => x.Text == sentence);
        Assert.Null(article.Author);
    }
}
