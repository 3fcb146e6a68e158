using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// An opinion page prints a writer's box between its headline and the article: the writer's name, what the writer
/// does, and a link to the writer's page ("Voir ses articles", "Tutti gli articoli dell'autore", "Follow Jane"), or
/// a job of the newsroom's ("Columnist"). The box names the author; none of its lines is the headline or the text.
/// </summary>
public sealed class WriterBoxUnderHeadlineTests
{
    public static TheoryData<string, string, string> Boxes() => new()
    {
        { "en", "Marine biologist at the Harbourton aquarium", "Follow Jane" },
        { "en", "Columnist", "View profile" },
        { "fr", "Biologiste marine, fondatrice de l'association Vagues Claires", "Voir ses articles" },
        { "de", "Meeresbiologin und Leiterin des Vereins Klare Wellen", "Alle Artikel von Jane Roe" },
        { "es", "Bióloga marina y fundadora de la asociación Olas Claras", "Ver sus artículos" },
        { "it", "Biologa marina, fondatrice dell'associazione Onde Chiare", "Tutti gli articoli dell'autore" },
        { "pt", "Bióloga marinha e fundadora da associação Ondas Claras", "Ver todos os artigos" },
        { "nl", "Columnist", "Alle artikelen" },
    };

    [Theory]
    [MemberData(nameof(Boxes))]
    public void AWritersBox_UnderTheHeadline_NamesTheAuthor(string language, string about, string link)
    {
        var p = Articles.Of(language);
        var box = string.Join("\n", "Jane Roe", about, link);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather", p[0], box, "12/03/2024 08:15", p[1], p[2], p[3], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal("Jane Roe", article.Author);
        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
    }

    // The link's words in the article's sentence, or a link to anything but a writer, make no box.
    [Theory]
    [InlineData("en", "Follow the money")]
    [InlineData("en", "Readers who follow Jane on the radio will know her view of the harbour works.")]
    [InlineData("it", "Segui la diretta")]
    [InlineData("pt", "Seguir em frente")]
    [InlineData("nl", "Volg ons op Facebook")]
    public void TheLinksWords_ElsewhereNameNoWriter(string language, string line)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather", p[0], "Tom Poe\n" + line, "12/03/2024 08:15", p[1], p[2], p[3], Articles.Closing(language));

        Assert.NotEqual("Tom Poe", ArticleParser.Parse(page).Author);
    }

    // A title-case headline whose verb is the link's word is the headline, not a writer's box.
    [Theory]
    [InlineData("en", "Why Hundreds of Anglers Now Follow Tom Poe")]
    [InlineData("en", "The Birdwatchers Who Follow Ann Lee")]
    public void AHeadlineWithTheLinksWord_IsTheTitle(string language, string headline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News Sport Business Opinion Culture Weather Subscribe Sign in", headline, "12/03/2024 08:15", p[1], p[2], p[3], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3], Articles.Closing(language) }, article.Paragraphs.Select(x => x.Text));
    }

    // The link's words alone mid-article ("Volg Ajax Live", "Segui Pietro Lanza") are the article's, no byline.
    [Theory]
    [InlineData("nl", "Volg Ajax Live")]
    [InlineData("it", "Segui Pietro Lanza")]
    public void TheLinksWords_MidArticle_AreNoByline(string language, string line)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather", p[0], "12/03/2024 08:15", p[1], p[2], line, p[3], Articles.Closing(language));

        Assert.DoesNotContain(ArticleParser.Parse(page).Boilerplate, b => b.Text == line && b.Kind == BoilerplateKind.Byline);
    }
}
