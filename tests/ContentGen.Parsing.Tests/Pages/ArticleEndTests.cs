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

    [Theory]
    [InlineData("en", "Comments")]
    [InlineData("fr", "Commentaires")]
    [InlineData("de", "Kommentare")]
    [InlineData("es", "Comentarios")]
    [InlineData("it", "Commenti")]
    [InlineData("pt", "Comentários")]
    [InlineData("nl", "Reacties")]
    public void CommentsHeavierThanTheArticle_StillEndIt(string language, string opener)
    {
        var paragraphs = Articles.Of(language);
        var article = new[] { Articles.Closing(language), paragraphs[1], paragraphs[2], paragraphs[3] };
        var comments = new[]
        {
            "I have lived in the valley for thirty years and I have been asking the council for a night bus for most of them, so I am very glad that someone finally listened to the people who live out here.",
            "The timetable looks good on paper, but I would like to know who will pay for the buses after the first two years, because the towns have cut so many other services already and nobody has said anything about it.",
            "My daughter works late shifts at the hospital and has had to pay for taxis every night for years; this will make a real difference to her and to many other workers who have no car and no other way home.",
        };
        var page = string.Join("\n\n", new[] { paragraphs[0] }.Concat(article).Append(opener).Concat(comments));

        var read = ArticleParser.Parse(page);

        Assert.Equal(article, read.Paragraphs.Select(p => p.Text));
        Assert.All(read.Boilerplate, b => Assert.Equal(BoilerplateKind.Trailer, b.Kind));
    }
    // "Discover other articles on the topic:" over a list of related articles with their blurbs ends
    // the article: the related articles are trailer, however well written their blurbs.
    [Theory]
    [InlineData("en", "More articles on this topic:")]
    [InlineData("fr", "Découvrir d'autres articles sur le thème :")]
    [InlineData("fr", "Autres articles sur le thème Climat")]
    [InlineData("de", "Weitere Artikel zum Thema:")]
    [InlineData("es", "Más artículos sobre el tema:")]
    [InlineData("it", "Altri articoli su questo tema:")]
    [InlineData("pt", "Mais artigos sobre o tema:")]
    [InlineData("nl", "Meer artikelen over dit onderwerp:")]
    public void OtherArticlesOnTheTopic_EndTheArticle(string language, string opener)
    {
        var p = Articles.Of(language);
        var related = Articles.Of(language == "en" ? "fr" : "en");
        var page = string.Join("\n\n", p[0], p[1], p[2], p[3], opener, related[0], related[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.All(article.Boilerplate, b => Assert.Equal(BoilerplateKind.Trailer, b.Kind));
    }
}
