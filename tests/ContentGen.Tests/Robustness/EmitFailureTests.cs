using ContentGen.Emit;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ContentGen.Tests.Robustness;

/// <summary>
/// When emitting one article fails (CG9999), the index lists only the articles that were
/// emitted, so that the consumer's build has that one error and no broken reference besides.
/// </summary>
public sealed class EmitFailureTests
{
    private const string BrokenPath = "seeds/news/broken.txt";

    private static readonly (string Path, string Text) s_broken = (BrokenPath, "Broken news from the printing works\n\nThe press stopped.\n");
    private static readonly (string Path, string Text) s_good = ("seeds/good-news.txt", "Good news for the harbour town\n\nThe sun came out.\n");

    [Fact]
    public void FailedArticle_IsNotListedInTheIndex_AndTheRestCompiles()
    {
        var outcome = Run([s_broken, s_good]);

        Assert.Equal(["CG9999"], outcome.Diagnostics.Select(d => d.Id));
        Assert.Equal(["Articles.GoodNews.g.cs", "Articles.g.cs"], outcome.Sources.Select(s => s.HintName));
        var index = outcome.Sources.Single(s => s.HintName == "Articles.g.cs").SourceText.ToString();
        Assert.Contains("global::Consumer.Articles.GoodNews.Article,", index, StringComparison.Ordinal);
        Assert.DoesNotContain("global::Consumer.Articles.Broken.Article", index, StringComparison.Ordinal);
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    [Fact]
    public void FailedArticle_ListedTwice_IsNotListedInTheIndex()
    {
        // A host that lists the same file twice takes the generator's other output path.
        var outcome = Run([s_broken, s_broken, s_good]);

        Assert.Equal(["CG9999"], outcome.Diagnostics.Select(d => d.Id));
        var index = outcome.Sources.Single(s => s.HintName == "Articles.g.cs").SourceText.ToString();
        Assert.DoesNotContain("global::Consumer.Articles.Broken.Article", index, StringComparison.Ordinal);
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    [Fact]
    public void ArticleThatEmitsAgain_IsListedAgain()
    {
        // The same driver, first with the article failing, then (an edit later) succeeding.
        var fail = true;
        var generator = new ArticleGenerator((spec, cancellationToken) => spec.Path == BrokenPath && fail
            ? throw new InvalidOperationException("boom")
            : ArticleEmitter.Emit(spec, cancellationToken));
        var compilation = GeneratorHarness.Compilation(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest);
        var broken = new InMemoryAdditionalText(s_broken.Path, s_broken.Text);
        var driver = GeneratorHarness.Driver([broken, new InMemoryAdditionalText(s_good.Path, s_good.Text)], generator: generator)
            .RunGenerators(compilation, TestContext.Current.CancellationToken);
        Assert.DoesNotContain("global::Consumer.Articles.Broken.Article", Index(driver), StringComparison.Ordinal);

        fail = false;
        var edited = new InMemoryAdditionalText(s_broken.Path, s_broken.Text + "\nIt runs again.\n");
        driver = driver.ReplaceAdditionalText(broken, edited)
            .RunGenerators(compilation, TestContext.Current.CancellationToken);

        Assert.Contains("global::Consumer.Articles.Broken.Article,", Index(driver), StringComparison.Ordinal);
        Assert.Empty(driver.GetRunResult().Diagnostics);
    }

    private static GeneratorOutcome Run(IEnumerable<(string Path, string Text)> seeds)
    {
        var generator = new ArticleGenerator((spec, cancellationToken) => spec.Path == BrokenPath
            ? throw new InvalidOperationException("boom")
            : ArticleEmitter.Emit(spec, cancellationToken));
        var compilation = GeneratorHarness.Compilation(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest);
        var driver = GeneratorHarness.Driver(seeds.Select(seed => (AdditionalText)new InMemoryAdditionalText(seed.Path, seed.Text)), generator: generator)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics, TestContext.Current.CancellationToken);
        return new GeneratorOutcome(driver.GetRunResult(), output, diagnostics);
    }

    private static string Index(GeneratorDriver driver)
        => driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "Articles.g.cs").SourceText.ToString();
}
