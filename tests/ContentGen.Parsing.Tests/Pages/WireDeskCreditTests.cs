using ContentGen.Parsing;
using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 55: a writer's slash before the wires named by a desk's word ("María López / Agencias", "Jürgen Albers /
/// Agenturen", "Ana Costa / Agência Lusa"): the name is the writer, as before one agency's name. A slash between two
/// words of a sentence or a desk's word alone names nobody.
/// </summary>
public sealed class WireDeskCreditTests
{
    [Theory]
    [InlineData("Lucía Pardo / Agencias", "Lucía Pardo")]
    [InlineData("Lucía Pardo / Agencia EFE", "Lucía Pardo")]
    [InlineData("Timo Brandt / Agenturen", "Timo Brandt")]
    [InlineData("Rita Neves / Agências", "Rita Neves")]
    [InlineData("Hugo Lenoir / Agences", "Hugo Lenoir")]
    [InlineData("Sara Villa / Agenzie", "Sara Villa")]
    [InlineData("Maya Grant / Agencies", "Maya Grant")]
    [InlineData("Lars Vos / Persbureaus", "Lars Vos")]
    [InlineData("Lucía Pardo | lpardo@example.es", "Lucía Pardo")]
    [InlineData("Rita Neves | @ritaneves", "Rita Neves")]
    public void ANameBeforeTheWiresDesk_GivesTheWriter(string line, string expected) => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("Agencias")]
    [InlineData("Entrada / Agencias de viajes y turismo de la región")]
    [InlineData("Lucía Pardo / agencias")]
    [InlineData("Lucía Pardo | escriba a lpardo@example.es")]
    public void NoWriterBeforeTheDesk_GivesNoName(string line) => Assert.Null(AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("es", "Lucía Pardo / Agencias", "Lucía Pardo")]
    [InlineData("de", "Timo Brandt / Agenturen", "Timo Brandt")]
    [InlineData("pt", "Rita Neves / Agência Lusa", "Rita Neves")]
    public void UnderTheHeadline_SignsTheArticle(string language, string byline, string author)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Home\nNews\nSport", p[0], byline, p[1], p[2], p[3], "© 2025 Site"));

        Assert.Equal(author, article.Author);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text).ToArray());
    }

    // Guard: a sentence of the article with a slash and a desk's word signs nothing.
    [Fact]
    public void ASentenceWithTheDesk_SignsNothing()
    {
        var p = Articles.Of("es");
        var sentence = "Según Lucía Pardo / Agencias, el puerto abrirá el lunes por la mañana.";
        var article = ArticleParser.Parse(string.Join("\n\n", "Home\nNews\nSport", p[0], p[1], sentence, p[2], p[3], "© 2025 Site"));

        Assert.Null(article.Author);
    }
}
