using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Under the article a newsroom asks for readers' questions about it ("Heb je een vraag over dit artikel? Mail de
/// redactie."): an appeal, set aside in every language; someone reported asking such a question is the article's.
/// </summary>
public sealed class ArticleQuestionAppealTests
{
    [Theory]
    [InlineData("en", "Have a question about this article? Email the newsroom.")]
    [InlineData("fr", "Une question sur cet article ? Écrivez à la rédaction.")]
    [InlineData("de", "Haben Sie eine Frage zu diesem Artikel? Schreiben Sie der Redaktion.")]
    [InlineData("es", "¿Tienes alguna pregunta sobre este artículo? Escribe a la redacción.")]
    [InlineData("it", "Hai una domanda su questo articolo? Scrivi alla redazione.")]
    [InlineData("pt", "Tem alguma pergunta sobre este artigo? Escreva à redação.")]
    [InlineData("nl", "Heb je een vraag over dit artikel? Mail de redactie.")]
    public void ACallForQuestionsAfterTheArticle_IsSetAside(string language, string appeal)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], p[3], appeal, "© 2026"));

        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
    }

    [Fact]
    public void AQuestionSomeoneIsReportedAsking_StaysInTheArticle()
    {
        var p = Articles.Of("en");
        const string asked = "\"I still have a question about this article of the lease,\" said the chair of the tenants' association.";
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], asked, p[3]));

        Assert.Equal(new[] { p[1], p[2], asked, p[3] }, article.Paragraphs.Select(x => x.Text));
    }
}
