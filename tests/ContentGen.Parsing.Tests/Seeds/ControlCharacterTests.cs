using ContentGen.Parsing.Seeds;

namespace ContentGen.Parsing.Tests.Seeds;

/// <summary>
/// The reader takes text, not files: a NUL or another control character is a character like any
/// other, never a reason to drop the document. (Binary files and stray control characters are
/// the generator's to judge and report, CG0007 and CG0012, before the text reaches the reader.)
/// </summary>
public sealed class ControlCharacterTests
{
    public static TheoryData<string, string> Seeds => new()
    {
        { "seeds/a.txt", "Council budget agreed after long night\n\nThe vote\0 came at dawn.\n" },
        { "seeds/a.txt", "---\nauthor: Ann\0 Lee\n---\nCouncil budget agreed after long night\n\nThe vote\0 came at dawn.\n" },
        { "seeds/a.md", "---\nauthor: Ann\0 Lee\n---\n# Council budget agreed after long night\n\nThe vote\0 came at dawn.\n" },
        { "seeds/a.md", "# Council budget agreed after long night\n\nThe vote\0 came at dawn.\n" },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Nul_IsReadAsText_AndTheArticleKeepsItsTitleAndBody(string path, string text)
    {
        var article = ArticleReader.Read(path, text);

        Assert.Equal("Council budget agreed after long night", article.Title);
        var paragraph = Assert.Single(article.Paragraphs);
        Assert.Contains("came at dawn", paragraph.Text, StringComparison.Ordinal);
        Assert.Equal(text.IndexOf("The vote", StringComparison.Ordinal), paragraph.Position.Offset);
        Assert.DoesNotContain(article.Problems, p => p.Kind is ProblemKind.Empty or ProblemKind.OnlyBoilerplate);
    }
}
