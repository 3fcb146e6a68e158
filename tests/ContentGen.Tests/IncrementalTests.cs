using System.Reflection;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Tests;

/// <summary>
/// The generator does work in proportion to the change: proved with tracked steps, by counting
/// which outputs were recomputed, never by timing.
/// </summary>
public sealed class IncrementalTests
{
    private static readonly (string Path, string Text)[] s_seeds =
    {
        Seeds.Load("000_7f261bbe20e88e81.txt"),
        ("seeds/harbour-news.txt", "Harbour reopens to ferries this spring\n\nThe ferries return in April, officials said.\n"),
        ("seeds/library-hours.txt", "Library extends its opening hours\n\n\"We listened,\" the librarian said.\n"),
    };

    private static readonly string[] s_pipelineSteps =
    {
        TrackingNames.Options, TrackingNames.Seeds, TrackingNames.Parse, TrackingNames.Names, TrackingNames.Articles, TrackingNames.Index,
    };

    [Fact]
    public void RunningAgain_WithNothingChanged_CachesEveryOutput()
    {
        var compilation = GeneratorHarness.Compilation(LanguageVersion.Latest, "class Program { }");
        var driver = GeneratorHarness.Driver(s_seeds).RunGenerators(compilation, TestContext.Current.CancellationToken).RunGenerators(compilation.Clone(), TestContext.Current.CancellationToken);

        var result = driver.GetRunResult().Results.Single();
        AssertEverythingCached(result);
    }

    [Fact]
    public void EditingUnrelatedCSharpFile_DoesNotParseOrEmitAnything()
    {
        var compilation = GeneratorHarness.Compilation(LanguageVersion.Latest, "class Program { }");
        var driver = GeneratorHarness.Driver(s_seeds).RunGenerators(compilation, TestContext.Current.CancellationToken);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText("class Program { static void Main() { } }", GeneratorHarness.ParseOptions(LanguageVersion.Latest), cancellationToken: TestContext.Current.CancellationToken));
        var result = driver.RunGenerators(edited, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        AssertEverythingCached(result);
    }

    [Fact]
    public void TrackedOutputs_HoldNoCompilationSymbolOrSyntax()
    {
        var compilation = GeneratorHarness.Compilation(LanguageVersion.Latest, "class Program { }");
        var result = GeneratorHarness.Driver(s_seeds).RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        // Roslyn's own input steps hold AdditionalTexts and the compilation by design; ours must not.
        var values = s_pipelineSteps.SelectMany(step => Outputs(result, step)).Select(output => output.Value);
        foreach (var value in values)
        {
            AssertHoldsNoRoslynState(value, new HashSet<object>(ReferenceEqualityComparer.Instance));
        }
    }

    // Every step of ours and every source output was taken from the cache.
    private static void AssertEverythingCached(GeneratorRunResult result)
    {
        foreach (var step in s_pipelineSteps)
        {
            Assert.All(Outputs(result, step), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string step)
        => result.TrackedSteps[step].SelectMany(run => run.Outputs);

    private static int Count(GeneratorRunResult result, string step, IncrementalStepRunReason reason)
        => Outputs(result, step).Count(output => output.Reason == reason);

    // Walks the object graph, failing on anything that would keep a compilation alive.
    private static void AssertHoldsNoRoslynState(object? value, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or SemanticModel or AdditionalText, $"Pipeline holds a {value.GetType().Name}");
        if (value is Array items)
        {
            foreach (var item in items)
            {
                AssertHoldsNoRoslynState(item, seen);
            }
        }

        for (var type = value.GetType(); type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (!field.FieldType.IsPointer)
                {
                    AssertHoldsNoRoslynState(field.GetValue(value), seen);
                }
            }
        }
    }
}
