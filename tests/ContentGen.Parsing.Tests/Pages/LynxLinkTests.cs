using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// lynx marks each link with its number ("[12]Accueil") and lists the links' addresses after the page,
/// under "References" ("  1. https://…"). Markers do not hide a menu line, and the list is chrome; a
/// marker inside a sentence of the article leaves the sentence in the body.
/// </summary>
public sealed class LynxLinkTests
{
    [Theory]
    [InlineData("en", "[1]Home [2]Video [3]Live [4]Search")]
    [InlineData("fr", "[1]Accueil [2]Vidéos [3]Direct [4]Connexion")]
    [InlineData("de", "[1]Startseite [2]Lokales [3]Politik [4]Wirtschaft")]
    public void AMenuLineWithLinkMarkers_IsChrome_EvenBetweenParagraphs(string language, string menu)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], menu, p[2], p[3]));

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == menu);
    }

    [Theory]
    [MemberData(nameof(Articles.Languages), MemberType = typeof(Articles))]
    public void TheReferenceListAfterThePage_IsChrome(string language)
    {
        var p = Articles.Of(language);
        var references = "References\n\n   1. https://www.example.org/\n   2. https://www.example.org/news/local\n  13. https://www.example.org/privacy";
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], p[3], references));

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == "References");
        Assert.Contains(article.Boilerplate, b => b.Text.Contains("https://www.example.org/news/local", StringComparison.Ordinal));
    }

    [Fact]
    public void ALinkMarkerInsideASentence_LeavesItInTheBody()
    {
        var p = Articles.Of("en");
        var sentence = "The plan, first set out in a [7]council report last year, was approved on Tuesday.";
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], sentence, p[2], p[3]));

        Assert.Equal(new[] { p[1], sentence, p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }
}
