using ContentGen.Model;
using ContentGen.Tests.Infrastructure;

namespace ContentGen.Tests;

/// <summary>
/// Each article says which seed it came from, relative to the project and with forward slashes
/// on every system: seven language copies of one page are told apart, and a site can route by it.
/// </summary>
public sealed class SeedPathTests
{
    [Theory]
    [InlineData("/repo/app/seeds/fr/market-square.md", "/repo/app/", "seeds/fr/market-square.md")]
    [InlineData("/repo/app/seeds/fr/market-square.md", "/repo/app", "seeds/fr/market-square.md")]
    [InlineData(@"C:\repo\app\seeds\fr\market-square.md", @"C:\repo\app\", "seeds/fr/market-square.md")]
    // A seed linked from outside the project has no path in it: its file name stands alone.
    [InlineData("/shared/seeds/market-square.md", "/repo/app/", "market-square.md")]
    [InlineData("/repo/application/market-square.md", "/repo/app/", "market-square.md")]
    // Without the project's folder (a test host, a bare compiler call) a relative path is kept as it is.
    [InlineData("seeds/market-square.md", null, "seeds/market-square.md")]
    [InlineData(@"seeds\market-square.md", null, "seeds/market-square.md")]
    [InlineData("/repo/app/seeds/market-square.md", null, "market-square.md")]
    [InlineData(@"C:\repo\app\market-square.md", null, "market-square.md")]
    public void SeedPath_IsRelativeToTheProject_WithForwardSlashes(string path, string? projectDirectory, string expected)
        => Assert.Equal(expected, SeedPaths.InProject(path, projectDirectory));

    [Fact]
    public void ArticleClass_AndSharedArticle_CarryTheSeedPath()
    {
        var options = GeneratorHarness.DefaultOptions.WithProperty("ProjectDir", "/repo/app/");
        var outcome = GeneratorHarness.Run(
            [("/repo/app/seeds/fr/market-square.md", "# Le marché\n\nLe marché ouvre samedi sur la place.\n")],
            options: options,
            sources: "static class Probe { public static string Path() => Consumer.Articles.MarketSquare.SeedPath + \"|\" + Consumer.Articles.MarketSquare.Article.SeedPath; }");

        Assert.Empty(outcome.CompilationDiagnostics);
        var source = outcome.Sources.Single(s => s.HintName == "Articles.MarketSquare.g.cs").SourceText.ToString();
        Assert.Contains("public const string SeedPath = \"seeds/fr/market-square.md\";", source, StringComparison.Ordinal);
        Assert.Contains("<remarks>Generated from <c>seeds/fr/market-square.md</c>.</remarks>", source, StringComparison.Ordinal);
    }
}
