using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// "Texto:", "Texte :", "Tekst:" open a byline under the headline ("Texto: X | Fotos: Y" over the dateline), but
/// between the article's paragraphs, under a dateline already read, the same label names a document the article
/// quotes ("Texto: Proposta Final Aprovada"): no writer.
/// </summary>
public sealed class ColonLabelMidArticleTests
{
    [Theory]
    [InlineData("pt", "Publicado em 12 de março de 2024", "Texto: Proposta Final Aprovada")]
    [InlineData("fr", "Publié le 12 mars 2024", "Texte : Délibération Du Conseil")]
    [InlineData("nl", "12 maart 2024 08:15", "Tekst: Motie Groene Haven")]
    [InlineData("es", "Publicado: 12/03/2024", "Redacción: Consejo Regional Norte")]
    public void ALabelBetweenParagraphs_UnderTheDateline_NamesNoWriter(string language, string dateline, string label)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather", p[0], dateline, p[1], label, p[2], p[3], Articles.Closing(language));

        Assert.Null(ArticleParser.Parse(page).Author);
    }

    // Over the dateline, or between a standfirst and the dateline, the label signs the page.
    [Theory]
    [InlineData("pt", "Texto: Jane Roe | Fotos: Tom Poe", "Publicado em 12 de março de 2024")]
    [InlineData("fr", "Texte : Jane Roe et Tom Poe", "Publié le 12 mars 2024")]
    [InlineData("nl", "Tekst: Jane Roe", "12 maart 2024 08:15")]
    public void TheLabelOverTheDateline_SignsThePage(string language, string byline, string dateline)
    {
        var p = Articles.Of(language);
        var standfirst = p[1];
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather", p[0], standfirst, byline + "\n" + dateline, p[2], p[3], Articles.Closing(language));

        Assert.StartsWith("Jane Roe", ArticleParser.Parse(page).Author);
    }
}
