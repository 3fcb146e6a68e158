using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A pull quote prints again, on its own, a sentence the article says in one of its paragraphs. An editor
/// keeps the sentence once, where the paragraph has it; on a plain article nothing is taken out.
/// </summary>
public sealed class PullQuoteTests
{
    [Theory]
    [InlineData("en", "“The first buses will leave the station at midnight”")]
    [InlineData("fr", "« Les premiers bus partiront de la gare à minuit »")]
    [InlineData("de", "„Die ersten Busse fahren um Mitternacht am Bahnhof ab“")]
    [InlineData("es", "«Los primeros autobuses saldrán de la estación a medianoche»")]
    [InlineData("it", "«I primi autobus partiranno dalla stazione a mezzanotte»")]
    [InlineData("pt", "«Os primeiros autocarros vão sair da estação à meia-noite»")]
    [InlineData("nl", "\"De eerste bussen vertrekken om middernacht van het station\"")]
    public void APullQuote_OfASentenceInTheArticle_IsSetAside(string language, string pullQuote)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], closing, p[1], pullQuote, p[2], p[3]));

        Assert.Equal(new[] { closing, p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Equal(BoilerplateKind.Repeated, Assert.Single(article.Boilerplate, b => b.Text == pullQuote).Kind);
    }

    // A short line the article also says (a heading's or a caption's words) stays where it is.
    [Fact]
    public void AShortLineTheArticleAlsoSays_Stays()
    {
        var p = Articles.Of("en");
        var closing = Articles.Closing("en");
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], closing, p[1], "Leave the station", p[2], p[3]));

        Assert.DoesNotContain(article.Boilerplate, b => b.Kind == BoilerplateKind.Repeated);
    }
}
