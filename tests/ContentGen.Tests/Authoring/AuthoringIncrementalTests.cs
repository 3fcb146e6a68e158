using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Tests.Authoring;

/// <summary>Editing one seed's front matter parses and emits that seed alone, proved by tracked steps.</summary>
public sealed class AuthoringIncrementalTests
{
    private static readonly (string Path, string Text)[] s_seeds =
    {
        AuthoredSeeds.FrontMatterText,
        AuthoredSeeds.Markdown,
        ("seeds/ferries.md", "---\nreading_time: 3\ntags: [harbour]\n---\n# Ferries are back\n\nThe ferries return in April.\n"),
        ("seeds/library-hours.txt", "Library extends its opening hours\n\n\"We listened,\" the librarian said.\n"),
    };

    [Fact]
    public void EditingOneSeedsFrontMatter_ParsesAndEmitsOnlyThatArticle()
    {
        var compilation = GeneratorHarness.Compilation(LanguageVersion.Latest, "class Program { }");
        var texts = s_seeds.Select(seed => (AdditionalText)new InMemoryAdditionalText(seed.Path, seed.Text)).ToArray();
        var driver = GeneratorHarness.Driver(texts).RunGenerators(compilation, TestContext.Current.CancellationToken);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

        var edited = new InMemoryAdditionalText(s_seeds[2].Path, s_seeds[2].Text.Replace("reading_time: 3", "reading_time: 4", StringComparison.Ordinal));
        var result = driver.ReplaceAdditionalText(texts[2], edited).RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        Assert.Equal("Modified 1, Cached 3", TrackedRuns.Reasons(result, TrackingNames.Parse));
        Assert.Equal("Cached 1", TrackedRuns.Reasons(result, TrackingNames.Names));
        Assert.Equal("Modified 1, Cached 3", TrackedRuns.Reasons(result, TrackingNames.Articles));
        Assert.Equal("Cached 1", TrackedRuns.Reasons(result, TrackingNames.FrontMatterTypes)); // the keys kept their types and places
        Assert.Equal(["Articles.Ferries.g.cs"], TrackedRuns.Emitted(result));

        // Only the edited article's source differs, and in the edited value only.
        var after = result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        var changed = before.Keys.Where(hint => before[hint] != after[hint]).ToArray();
        Assert.Equal(["Articles.Ferries.g.cs"], changed);
        Assert.Contains("public const int ReadingTime = 4;", after["Articles.Ferries.g.cs"], StringComparison.Ordinal);
    }
}
