using ContentGen.Parsing;
using ContentGen.Parsing.Metadata;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 70 (pfresh): the line a page or a browser's reader view prints under the last paragraph to say that the article
/// ends there ("Ende des Artikels", "End of article", "Fin de l'article"). On main, a German reader view's "Ende des
/// Artikels" stood in the signature's slot under the last paragraph and was read as the writer's name: two capitalised
/// words joined by "des" have a name's shape. The mark signs nothing and is no paragraph, in every language; a sentence
/// that opens on its words and goes on is the article's, and a name in the slot still signs.
/// </summary>
public sealed class ArticleEndMarkTests
{
    [Theory]
    [InlineData("en", "End of article")]
    [InlineData("fr", "Fin de l'article")]
    [InlineData("de", "Ende des Artikels")]
    [InlineData("de", "— Ende des Beitrags —")]
    [InlineData("es", "Fin del artículo")]
    [InlineData("it", "Fine dell’articolo")]
    [InlineData("pt", "Fim do artigo")]
    [InlineData("nl", "Einde van het artikel")]
    [InlineData("nl", "[Einde artikel]")]
    public void AnEndMark_UnderTheLastParagraph_SignsNothing_AndIsNoParagraph(string language, string mark)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", Articles.Masthead(language), p[0], Articles.Dateline(language), p[1], p[2], p[3], mark, "Impressum   Kontakt");

        var article = ArticleParser.Parse(page);

        Assert.Null(article.Author);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // The writer's name alone in the same slot still signs the article: only the listed mark is refused.
    [Theory]
    [InlineData("de", "Jana Ende")]
    [InlineData("de", "Artur Ende")]
    [InlineData("fr", "Claire Fin")]
    [InlineData("nl", "Pieter Einde")]
    public void ANameInTheSameSlot_StillSignsTheArticle(string language, string name)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", Articles.Masthead(language), p[0], Articles.Dateline(language), p[1], p[2], p[3], name, "Impressum   Kontakt");

        Assert.Equal(name, ArticleParser.Parse(page).Author);
    }

    [Theory]
    [InlineData("Ende des Artikels", true)]
    [InlineData("*** End of article ***", true)]
    [InlineData("Fin de l’article.", true)]
    [InlineData("Fine articolo", true)]
    [InlineData("Fim da notícia", true)]
    [InlineData("Fin de la noticia", true)]
    [InlineData("Einde bericht", true)]
    [InlineData("End of story, the mayor said.", false)]
    [InlineData("Ende des Artikels 5 der Satzung", false)]
    [InlineData("Fin de l'article 12", false)]
    [InlineData("Fine dell'anno", false)]
    [InlineData("Ende des Monats", false)]
    public void OnlyTheWholeMark_IsOne(string line, bool mark) => Assert.Equal(mark, ArticleEndMarks.IsMark(line.AsSpan()));

    [Theory]
    [InlineData("Ende des Artikels")]
    [InlineData("Ende des Beitrags")]
    [InlineData("Fin de l'article")]
    public void AnEndMark_IsNoNameAlone(string line) => Assert.Null(AuthorReader.ReadBareName(line.AsSpan(), capitals: true));
}
