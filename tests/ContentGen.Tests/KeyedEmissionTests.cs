using ContentGen.Model;
using ContentGen.Parsing;
using ContentGen.Tests.Infrastructure;
using static ContentGen.Tests.Infrastructure.TrackedRuns;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Tests;

/// <summary>
/// Emission is keyed by article: a change re-emits the articles whose generated text it changes,
/// plus the index when the list of names changes, and nothing else. Proved by counting, for each
/// tracked step and for each kind of source output, the outputs by reason.
/// </summary>
public sealed class KeyedEmissionTests
{
    // Named from their files, so a body edit never renames them; "d" holds an unclosed quote, so it
    // has a diagnostic whose position moves when lines are inserted above it.
    private static readonly (string Path, string Text)[] s_seeds =
    {
        ("seeds/b-harbour-news.txt", "Harbour reopens to ferries this spring\n\nThe ferries return in April, officials said.\n\nThe old pier stays closed.\n"),
        ("seeds/c-library-hours.txt", "Library extends its opening hours\n\n\"We listened,\" the librarian said.\n\nThe doors stay open until nine.\n"),
        ("seeds/d-council-budget.txt", "Council budget agreed after long night\n\nThe mayor said « we will never give up the park.\n"),
        ("seeds/e-school-fair.txt", "School fair raises money for the roof\n\nParents baked for a week.\n"),
    };

    [Fact]
    public void AddingASeedThatSortsFirst_EmitsOnlyItAndTheIndex()
    {
        var (texts, driver, compilation) = Warm();
        var added = new InMemoryAdditionalText("seeds/a-bridge-works.txt", "Bridge works start on Monday\n\nTraffic will use one lane.\n");

        var result = Run(driver.AddAdditionalTexts([added]), compilation);

        AssertMatrix(
            """
            Parse: New 1, Cached 4
            Names: Modified 1
            Articles: New 1, Cached 4
            Index: Modified 1
            article sources: New 1, Cached 4
            index source: Modified 1
            """,
            result);
        Assert.Equal(["Articles.ABridgeWorks.g.cs", "Articles.g.cs"], Emitted(result));
        Assert.Equal(texts.Length + 2, result.GeneratedSources.Length);
    }

    [Fact]
    public void RemovingASeedFromTheMiddle_EmitsOnlyTheIndex()
    {
        var (texts, driver, compilation) = Warm();

        var result = Run(driver.RemoveAdditionalTexts([texts[1]]), compilation);

        AssertMatrix(
            """
            Parse: Cached 3, Removed 1
            Names: Modified 1
            Articles: Cached 3, Removed 1
            Index: Modified 1
            article sources: Cached 3, Removed 1
            index source: Modified 1
            """,
            result);
        Assert.Equal(["Articles.g.cs"], Emitted(result));
        Assert.DoesNotContain(result.GeneratedSources, source => source.HintName == "Articles.CLibraryHours.g.cs");
    }

    [Fact]
    public void RenamingASeed_EmitsOnlyItAndTheIndex()
    {
        // A rename replaces the file in the list. (Removing one file and appending another in the
        // same run keeps the count, and Roslyn then pairs old and new files by position.)
        var (texts, driver, compilation) = Warm();
        var renamed = new InMemoryAdditionalText("seeds/c-library-times.txt", s_seeds[1].Text);

        var result = Run(driver.ReplaceAdditionalText(texts[1], renamed), compilation);

        AssertMatrix(
            """
            Parse: Modified 1, Cached 3
            Names: Modified 1
            Articles: Modified 1, Cached 3
            Index: Modified 1
            article sources: Modified 1, Cached 3
            index source: Modified 1
            """,
            result);
        Assert.Equal(["Articles.CLibraryTimes.g.cs", "Articles.g.cs"], Emitted(result));
        Assert.DoesNotContain(result.GeneratedSources, source => source.HintName == "Articles.CLibraryHours.g.cs");
    }

    [Fact]
    public void InsertingABlankLineAtTheTop_EmitsNothing()
    {
        var (texts, driver, compilation) = Warm();
        var moved = new InMemoryAdditionalText(s_seeds[1].Path, "\n" + s_seeds[1].Text);

        var result = Run(driver.ReplaceAdditionalText(texts[1], moved), compilation);

        // The parse differs only in positions: the article to emit is the same.
        AssertMatrix(
            """
            Parse: Modified 1, Cached 3
            Names: Cached 1
            Articles: Cached 4
            Index: Cached 1
            article sources: Cached 4
            index source: Cached 1
            """,
            result);
        Assert.Empty(Emitted(result));
    }

    [Fact]
    public void InsertingABlankLineAboveAWarning_MovesTheWarning_AndEmitsNothing()
    {
        var (texts, driver, compilation) = Warm();
        var before = driver.GetRunResult().Results.Single().Diagnostics.Single(d => d.Id == "CG0004");
        var moved = new InMemoryAdditionalText(s_seeds[2].Path, "\n" + s_seeds[2].Text);

        var result = Run(driver.ReplaceAdditionalText(texts[2], moved), compilation);

        AssertMatrix(
            """
            Parse: Modified 1, Cached 3
            Articles: Unchanged 1, Cached 3
            article sources: Cached 4
            index source: Cached 1
            """,
            result);
        Assert.Empty(Emitted(result));

        // Only the seed's diagnostics ran again (one output per seed, with its name's warnings, and
        // one for front matter key types), and the warning is one line lower.
        Assert.Equal("Modified 1, Cached 4", SourceReasons<EquatableArray<DiagnosticInfo>>(result));
        var after = result.Diagnostics.Single(d => d.Id == "CG0004");
        Assert.Equal(before.Location.GetLineSpan().StartLinePosition.Line + 1, after.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void EditingOneParagraph_EmitsOnlyThatArticle()
    {
        var (texts, driver, compilation) = Warm();
        var edited = new InMemoryAdditionalText(s_seeds[1].Path, s_seeds[1].Text.Replace("until nine", "until ten", StringComparison.Ordinal));

        var result = Run(driver.ReplaceAdditionalText(texts[1], edited), compilation);

        AssertMatrix(
            """
            Parse: Modified 1, Cached 3
            Names: Cached 1
            Articles: Modified 1, Cached 3
            Index: Cached 1
            article sources: Modified 1, Cached 3
            index source: Cached 1
            """,
            result);
        Assert.Equal(["Articles.CLibraryHours.g.cs"], Emitted(result));
        Assert.Contains("until ten", result.GeneratedSources.Single(s => s.HintName == "Articles.CLibraryHours.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    // An option the generated code shows (the classes' visibility) re-emits every file without
    // parsing again; one it does not show is reduced to the same settings, and emits nothing.
    [Theory]
    [InlineData("ContentGenVisibility", "internal", "Options: Modified 1\nParse: Cached 4\nNames: Modified 1\nArticles: Modified 4\nIndex: Modified 1\narticle sources: Modified 4\nindex source: Modified 1", 5)]
    [InlineData("SomeOtherTool", "on", "Options: Unchanged 1\nParse: Cached 4\nNames: Cached 1\nArticles: Cached 4\nIndex: Cached 1\narticle sources: Cached 4\nindex source: Cached 1", 0)]
    public void ChangingOneProjectOption_EmitsAgainOnlyWhatItChanges(string property, string value, string expected, int emitted)
    {
        var (_, driver, compilation) = Warm();
        var options = GeneratorHarness.DefaultOptions.WithProperty(property, value);

        var result = Run(driver.WithUpdatedAnalyzerConfigOptions(options), compilation);

        AssertMatrix(expected, result);
        Assert.Equal(emitted, Emitted(result).Length);
        Assert.Equal(emitted, result.GeneratedSources.Count(source => source.SourceText.ToString() is var text
            && (text.Contains("internal static partial class", StringComparison.Ordinal) || text.Contains("internal static class Catalog", StringComparison.Ordinal))));
    }

    [Fact]
    public void SameFileListedTwice_IsEmittedAndReportedOnce()
    {
        var seeds = s_seeds.Append(s_seeds[2]).ToArray();

        var outcome = GeneratorHarness.Run(seeds);

        Assert.Null(outcome.RunResult.Results.Single().Exception);
        Assert.Equal(s_seeds.Length + 1, outcome.Sources.Count);
        Assert.Single(outcome.Diagnostics, d => d.Id == "CG0004");
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    private static (AdditionalText[] Texts, GeneratorDriver Driver, CSharpCompilation Compilation) Warm()
    {
        var texts = s_seeds.Select(seed => (AdditionalText)new InMemoryAdditionalText(seed.Path, seed.Text)).ToArray();
        var compilation = GeneratorHarness.Compilation(LanguageVersion.Latest, "class Program { }");
        var driver = GeneratorHarness.Driver(texts).RunGenerators(compilation, TestContext.Current.CancellationToken);
        Assert.Equal(s_seeds.Length + 1, driver.GetRunResult().Results.Single().GeneratedSources.Length);
        return (texts, driver, compilation);
    }

    // Each expected line names a tracked step or a kind of source output, and its counts by
    // reason ("Parse: New 1, Cached 4"); the actual counts are read for the same rows.
    private static void AssertMatrix(string expected, GeneratorRunResult result)
    {
        var actual = expected.Split('\n').Select(line => line[..line.IndexOf(':', StringComparison.Ordinal)]).Select(row => row + ": " + row switch
        {
            "article sources" => SourceReasons<EmittedArticle>(result),
            "index source" => SourceReasons<(IndexSpec, EquatableArray<string>)>(result),
            _ => Reasons(result, row),
        });
        Assert.Equal(expected, string.Join("\n", actual));
    }

    private static GeneratorRunResult Run(GeneratorDriver driver, Compilation compilation)
        => driver.RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();
}
