using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A line of the page's controls names nobody: the answers under a feedback question ("Oui Non", "Ja Nein", "Sim Não") or
/// a share bar's buttons ("Teilen Drucken") are capitalised words two to five in number, the shape of a name alone, yet
/// none is a person's name. A name that holds one such word beside a name's word stays a name ("Ana Sim", "Nora Ja").
/// </summary>
public sealed class ControlLinesNameNobodyTests
{
    [Theory]
    [InlineData("Yes No")]
    [InlineData("Oui Non")]
    [InlineData("Ja Nein")]
    [InlineData("Sí No")]
    [InlineData("Sì No")]
    [InlineData("Sim Não")]
    [InlineData("Ja Nee")]
    [InlineData("Facebook Twitter")]
    [InlineData("Teilen Drucken")]
    [InlineData("Compartir Imprimir")]
    [InlineData("Condividi Stampa")]
    [InlineData("Delen Printen")]
    public void AControlsLine_IsNoNameAlone(string line) => Assert.Null(AuthorReader.ReadBareName(line.AsSpan(), capitals: true));

    [Theory]
    [InlineData("Ana Sim", "Ana Sim")]
    [InlineData("Nora Ja", "Nora Ja")]
    [InlineData("Sim Eun-ha", "Sim Eun-ha")]
    [InlineData("Jana Delen", "Jana Delen")]
    [InlineData("Marco Stampa", "Marco Stampa")]
    public void ANameWithOneControlsWord_StaysAName(string line, string expected)
        => Assert.Equal(expected, AuthorReader.ReadBareName(line.AsSpan(), capitals: true));

    // The signature's slot, the line under the last paragraph, where "Jeanne Roux" alone signs a page with no byline: on the
    // town hall's page the feedback question was read as the article's last paragraph, so its answers stood there.
    [Theory]
    [InlineData("en", "Yes No")]
    [InlineData("fr", "Oui Non")]
    [InlineData("de", "Ja Nein")]
    [InlineData("es", "Sí No")]
    [InlineData("it", "Sì No")]
    [InlineData("pt", "Sim Não")]
    [InlineData("nl", "Ja Nee")]
    [InlineData("de", "Teilen Drucken")]
    public void AControlsLine_UnderTheLastParagraph_SignsNothing(string language, string controls)
    {
        var paragraphs = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews", paragraphs[0], "12/03/2024", paragraphs[1], paragraphs[2], paragraphs[3], controls, "Mentions légales");

        Assert.Null(ArticleParser.Parse(page).Author);
    }

    [Theory]
    [InlineData("pt", "Ana Sim")]
    [InlineData("nl", "Nora Ja")]
    public void ANameWithAnAnswersWord_UnderTheArticle_StillSignsIt(string language, string name)
    {
        var paragraphs = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews", paragraphs[0], "12/03/2024", paragraphs[1], paragraphs[2], paragraphs[3], name, "Mentions légales");

        Assert.Equal(name, ArticleParser.Parse(page).Author);
    }
}
