using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A club's or an office's report signed under its last paragraph by its press officer, name and job after a comma
/// ("Jürgen Oberle, Pressewart", "Anke Visser, persvoorlichter"): the job is a writer's, so the line names the author
/// and the paragraph above it stays. A job that writes nothing ("Kassenwart", treasurer) names no author.
/// </summary>
public sealed class ClosingPressRoleSignatureTests
{
    [Theory]
    [InlineData("de", "Jürgen Oberle, Pressewart", "Jürgen Oberle")]
    [InlineData("de", "Sabine Kehl, Pressesprecherin", "Sabine Kehl")]
    [InlineData("nl", "Anke Visser, persvoorlichter", "Anke Visser")]
    public void APressOfficersSignatureUnderTheLastParagraph_NamesTheAuthor(string language, string signature, string expected)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Startseite | Verein | Termine", p[0], "08.02.2026", p[1], p[2], p[3] + "\n" + signature, "© 2026 TSV Kernhausen");

        var article = ArticleParser.Parse(page);

        Assert.Equal(expected, article.Author);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Fact]
    public void ATreasurersSignature_NamesNoAuthor()
    {
        var p = Articles.Of("de");
        var page = string.Join("\n\n", "Startseite | Verein | Termine", p[0], "08.02.2026", p[1], p[2], p[3] + "\nJürgen Oberle, Kassenwart", "© 2026 TSV Kernhausen");

        Assert.Null(ArticleParser.Parse(page).Author);
    }
}
