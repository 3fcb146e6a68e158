using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Tests;

/// <summary>
/// Over a corpus of 2,000 documents, incremental work is in proportion to the change, not to
/// the corpus: proved by counting the recomputed outputs of each tracked step, never by timing.
/// </summary>
public sealed class ScaleIncrementalTests
{
    private const int DocumentCount = 2_000;

    private static readonly Lazy<(AdditionalText[] Texts, CSharpCompilation Compilation, GeneratorDriver Driver)> s_warm = new(() =>
    {
        var texts = SyntheticCorpus.Documents(DocumentCount)
            .Select(document => (AdditionalText)new InMemoryAdditionalText(document.Path, document.Text))
            .ToArray();
        var compilation = GeneratorHarness.Compilation(LanguageVersion.Latest, "class Program { }");
        return (texts, compilation, GeneratorHarness.Driver(texts).RunGenerators(compilation));
    });

    [Fact]
    public void FirstRun_ParsesAndEmitsEveryDocument()
    {
        var result = s_warm.Value.Driver.GetRunResult().Results.Single();

        Assert.Equal(DocumentCount, Count(result, TrackingNames.Parse, IncrementalStepRunReason.New));
        Assert.Equal(DocumentCount + 1, result.GeneratedSources.Length);
    }

    [Fact]
    public void EditingOneDocument_ParsesAndEmitsOnlyThatDocument()
    {
        // A word of the body, as a keystroke changes it: the title, and so the name, stay the same.
        var (texts, compilation, driver) = s_warm.Value;
        var edited = new InMemoryAdditionalText(texts[1234].Path, texts[1234].GetText(TestContext.Current.CancellationToken)!.ToString().Replace("stayed as planned.", "stayed as it was.", StringComparison.Ordinal));

        var result = driver.ReplaceAdditionalText(texts[1234], edited).RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        Assert.Equal(1, Count(result, TrackingNames.Parse, IncrementalStepRunReason.Modified));
        Assert.Equal(DocumentCount - 1, Count(result, TrackingNames.Parse, IncrementalStepRunReason.Cached));

        // No title changed, so names are resolved again to the same result and no other article is touched.
        Assert.Equal("Cached 1", TrackedRuns.Reasons(result, TrackingNames.Names));
        Assert.Equal($"Modified 1, Cached {DocumentCount - 1}", TrackedRuns.Reasons(result, TrackingNames.Articles));
        Assert.Equal("Cached 1", TrackedRuns.Reasons(result, TrackingNames.Index));

        // One source is emitted again: the edited article's.
        Assert.Single(TrackedRuns.Emitted(result));
    }

    [Fact]
    public void AddingOneDocument_ParsesAndEmitsIt_AndTheIndex()
    {
        var (_, compilation, driver) = s_warm.Value;
        var added = new InMemoryAdditionalText(SyntheticCorpus.PathOf(DocumentCount), SyntheticCorpus.Document(DocumentCount));

        var result = driver.AddAdditionalTexts([added]).RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        Assert.Equal(1, Count(result, TrackingNames.Parse, IncrementalStepRunReason.New));
        Assert.Equal(DocumentCount, Count(result, TrackingNames.Parse, IncrementalStepRunReason.Cached));
        Assert.Equal($"New 1, Cached {DocumentCount}", TrackedRuns.Reasons(result, TrackingNames.Articles));
        Assert.Equal(2, TrackedRuns.Emitted(result).Length);
        Assert.Contains("Articles.g.cs", TrackedRuns.Emitted(result));
    }

    [Fact]
    public void EditingUnrelatedCSharpFile_ParsesAndEmitsNothing()
    {
        var (_, compilation, driver) = s_warm.Value;
        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText("class Program { static void Main() { } }", GeneratorHarness.ParseOptions(LanguageVersion.Latest), cancellationToken: TestContext.Current.CancellationToken));

        var result = driver.RunGenerators(edited, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        Assert.Equal(DocumentCount, Count(result, TrackingNames.Parse, IncrementalStepRunReason.Cached));
        foreach (var step in new[] { TrackingNames.Options, TrackingNames.Seeds, TrackingNames.Parse, TrackingNames.Names, TrackingNames.Articles, TrackingNames.Index })
        {
            Assert.All(Outputs(result, step), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        }

        Assert.Empty(TrackedRuns.Emitted(result));
    }

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string step)
        => result.TrackedSteps[step].SelectMany(run => run.Outputs);

    private static int Count(GeneratorRunResult result, string step, IncrementalStepRunReason reason)
        => Outputs(result, step).Count(output => output.Reason == reason);
}
