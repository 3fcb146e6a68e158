using ContentGen.Parsing.Seeds;

namespace ContentGen.Parsing.Tests.Seeds;

/// <summary>
/// What the front matter changes in the article the body reader found: a title that makes an
/// article of an empty body, the replaced headline kept aside in place, bytes that were not
/// UTF-8 inside the front matter, and the source, kept unless the front matter names one.
/// </summary>
public sealed class ArticleReaderTests
{
    [Theory]
    [InlineData("seeds/a.txt", "---\ntitle: Harbour news\n---\n")]
    [InlineData("seeds/a.md", "---\ntitle: Harbour news\n---\n")]
    [InlineData("seeds/a.txt", "---\ntitle: Harbour news\n---\nSkip to content\n")]
    public void FrontMatterTitle_MakesAnArticle_OfABodyWithNone(string path, string text)
    {
        var article = ArticleReader.Read(path, text);

        Assert.Equal("Harbour news", article.Title);
        Assert.DoesNotContain(article.Problems, p => p.Kind is ProblemKind.Empty or ProblemKind.OnlyBoilerplate or ProblemKind.NoTitle);
        Assert.DoesNotContain(article.Boilerplate, b => b.Kind == BoilerplateKind.Headline);
    }

    [Theory]
    [InlineData("seeds/a.txt", "Only a title line\n", 0)]
    [InlineData("seeds/a.txt", "\n\nFerries return to the old harbour and the quay is rebuilt for the summer season", 2)]
    [InlineData("seeds/a.txt", "Ferries return to the old harbour\n\nSkip to content\n", 0)]
    [InlineData("seeds/a.md", "# Ferries return to the old harbour\n", 2)] // the heading's text
    [InlineData("seeds/a.txt", "---\ntitle: Harbour news\n---\nSkip to content\n", 4)]
    public void TitleWithoutParagraphs_IsAProblem_AtTheTitle(string path, string text, int titleOffset)
    {
        var article = ArticleReader.Read(path, text);

        Assert.Empty(article.Paragraphs);
        var problem = Assert.Single(article.Problems, p => p.Kind == ProblemKind.NoParagraphs);
        Assert.Equal(titleOffset, problem.Position.Offset);
        Assert.Equal(article.TitlePosition, problem.Position);
    }

    [Theory]
    [InlineData("seeds/a.txt", "Ferries return to the old harbour\n\nThe ferries are back.\n")]
    [InlineData("seeds/a.md", "# Ferries return\n\nThe ferries are back.\n")]
    [InlineData("seeds/a.txt", "  \n")]
    [InlineData("seeds/a.txt", "Skip to content\nAdvertisement\n")]
    [InlineData("seeds/a.txt", "---\ntitle: Harbour news\n---\n")] // a stub, on purpose
    [InlineData("seeds/a.md", "---\ntitle: Harbour news\n---\n\n")]
    public void ArticleWithParagraphs_OrNoArticle_OrAFrontMatterStub_HasNoSuchProblem(string path, string text)
    {
        var article = ArticleReader.Read(path, text);

        Assert.DoesNotContain(article.Problems, p => p.Kind == ProblemKind.NoParagraphs);
    }

    [Theory]
    [InlineData("seeds/post.md", true)]
    [InlineData("_posts/2024-03-12-post.markdown", true)]
    [InlineData("seeds/POST.MARKDOWN", true)]
    [InlineData("seeds/post.txt", false)]
    [InlineData("seeds/post.mdx", false)]
    public void Markdown_IsReadFromMdAndMarkdownFiles(string path, bool markdown)
    {
        var article = ArticleReader.Read(path, "# Ferries return\n\n## Timetable\n\nThe ferries are back.\n");

        Assert.Equal(markdown, ArticleReader.IsMarkdown(path));
        Assert.Equal(markdown ? ["Timetable"] : [], article.Sections.Select(s => s.Heading).OfType<string>());
    }

    [Fact]
    public void ReplacedHeadline_IsKeptAsBoilerplate_InItsPlace()
    {
        const string Text = "---\ntitle: Harbour news\n---\nFerries return to the old harbour\n\nThe ferries are back in April.\n\nAdvertisement\n";

        var article = ArticleReader.Read("seeds/a.txt", Text);

        Assert.Equal("Harbour news", article.Title);
        Assert.Equal(
            [("Ferries return to the old harbour", BoilerplateKind.Headline, Text.IndexOf("Ferries", StringComparison.Ordinal)), ("Advertisement", article.Boilerplate[^1].Kind, Text.IndexOf("Advertisement", StringComparison.Ordinal))],
            article.Boilerplate.Select(b => (b.Text, b.Kind, b.Position.Offset)));
    }

    [Fact]
    public void MarkdownHeadline_UnderAFrontMatterTitle_IsNoBoilerplate()
    {
        var article = ArticleReader.Read("seeds/a.md", "---\ntitle: Harbour news\n---\n# Ferries return\n\nThe ferries are back.\n");

        Assert.Equal("Harbour news", article.Title);
        Assert.DoesNotContain(article.Boilerplate, b => b.Kind == BoilerplateKind.Headline);
    }

    [Fact]
    public void InvalidTextInTheFrontMatter_IsTheOneInvalidTextProblem_AtItsPlace()
    {
        const string Text = "---\ncategory: ne\uFFFDws\n---\nFerries return to the old harbour\n\nThe ferries are back \uFFFD in April.\n";

        var article = ArticleReader.Read("seeds/a.txt", Text);

        var problem = Assert.Single(article.Problems);
        Assert.Equal(new Problem(ProblemKind.InvalidText, "U+FFFD", new TextPosition(Text.IndexOf('\uFFFD'), 2, 13), 1), problem);
    }

    [Theory]
    [InlineData("seeds/a.txt", "---\nauthor: Ann Lee\n---\nFerries return to the old harbour\n\nThe ferries are back.\n", "Ann Lee", null, null)]
    [InlineData("seeds/a.md", "---\nauthor: Ann Lee\n---\n# Ferries return to the old harbour\n\nThe ferries are back.\n", "Ann Lee", null, null)]
    [InlineData("seeds/a.txt", "---\npublished: 2024-05-01\n---\nFerries return to the old harbour\n\nThe ferries are back.\n", null, "2024-05-01", null)]
    [InlineData("seeds/a.txt", "---\nlanguage: en\n---\nFerries return to the old harbour\n\nThe ferries are back.\n", null, null, "en")]
    public void FrontMatter_OfKnownKeysOnly_SetsThem(string path, string text, string? author, string? published, string? language)
    {
        var article = ArticleReader.Read(path, text);

        Assert.Equal((author, published, language), (article.Author, article.Published, article.Language));
        Assert.Equal("Ferries return to the old harbour", article.Title);
    }

    [Fact]
    public void InvalidTextInAFrontMatterOfCommentsOnly_IsReported()
    {
        const string Text = "---\n# caf\uFFFD\n---\nFerries return to the old harbour\n\nThe ferries are back.\n";

        var article = ArticleReader.Read("seeds/a.txt", Text);

        Assert.Equal([(ProblemKind.InvalidText, Text.IndexOf('\uFFFD'))], article.Problems.Select(p => (p.Kind, p.Position.Offset)));
    }

    [Fact]
    public void InvalidTextInTheBodyOnly_KeepsTheBodysProblems()
    {
        const string Text = "---\nauthor: Ann\n---\nFerries return to the old harbour\n\nThe ferries \u00BB are back \uFFFD in April.\n";

        var article = ArticleReader.Read("seeds/a.txt", Text);

        Assert.Equal(
            [(ProblemKind.UnmatchedQuote, Text.IndexOf('\u00BB')), (ProblemKind.InvalidText, Text.IndexOf('\uFFFD'))],
            article.Problems.Select(p => (p.Kind, p.Position.Offset)).Order());
    }

    [Theory]
    [InlineData("---\nauthor: Ann\n---\nFerries return to the old harbour | Harbour Post\n\nThe ferries are back.\n", "Harbour Post")]
    [InlineData("---\nsource: Gazette\n---\nFerries return to the old harbour | Harbour Post\n\nThe ferries are back.\n", "Gazette")]
    public void Source_IsTheFrontMattersOrElseTheHeadlines(string text, string source)
        => Assert.Equal(source, ArticleReader.Read("seeds/a.txt", text).Source);
}
