using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// An end-of-article signal ("Tags:", "Mots-clés :") ends the article only once its prose has been read:
/// in a page's header, under a standfirst and above the article, it is chrome, and the article stays whole.
/// </summary>
public sealed class ArticleEndTests
{
    public static TheoryData<string, string> TagLines() => new()
    {
        { "en", "Tags:" },
        { "fr", "Mots-clés :" },
        { "de", "Schlagworte:" },
        { "es", "Etiquetas:" },
        { "it", "Tag:" },
        { "pt", "Etiquetas" },
        { "nl", "Trefwoorden:" },
    };

    [Theory]
    [MemberData(nameof(TagLines))]
    public void TagLineBetweenStandfirstAndArticle_IsChrome_AndTheArticleStaysWhole(string language, string tags)
    {
        var standfirst = Articles.Closing(language);
        var paragraphs = Articles.Of(language);
        var body = paragraphs.Skip(1);
        var article = ArticleParser.Parse(string.Join("\n\n", new[] { paragraphs[0], standfirst, tags }.Concat(body)));

        Assert.Equal(paragraphs[0], article.Title);
        Assert.Equal(new[] { standfirst }.Concat(body), article.Paragraphs.Select(p => p.Text));
        Assert.Equal(BoilerplateKind.Navigation, Assert.Single(article.Boilerplate, b => b.Text == tags).Kind);
    }

    [Theory]
    [MemberData(nameof(TagLines))]
    public void TagLineAfterTheArticle_StillEndsIt(string language, string tags)
    {
        var closing = Articles.Closing(language);
        var paragraphs = Articles.Of(language);
        var teaser = "Ferry fares rise again";
        var article = ArticleParser.Parse(string.Join("\n\n", paragraphs[0], paragraphs[1], paragraphs[2], paragraphs[3], closing, tags, teaser));

        Assert.Equal(new[] { paragraphs[1], paragraphs[2], paragraphs[3], closing }, article.Paragraphs.Select(p => p.Text));
        Assert.All(article.Boilerplate, b => Assert.Equal(BoilerplateKind.Trailer, b.Kind));
    }
}
