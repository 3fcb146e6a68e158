using ContentGen.Tests.Infrastructure;

namespace ContentGen.Tests.Authoring;

/// <summary>The generated source of a front-matter text seed and of a Markdown seed, reviewed as snapshots.</summary>
public sealed class AuthoringSnapshotTests
{
    [Fact]
    public void FrontMatterTextSeed_GeneratesTypedMembers()
    {
        var outcome = GeneratorHarness.Run([AuthoredSeeds.FrontMatterText]);

        Assert.Empty(outcome.Diagnostics);
        Assert.Empty(outcome.CompilationDiagnostics);
        Snapshot.Verify(Source(outcome, "Articles.HarbourLibrary.g.cs"), "Articles.HarbourLibrary.g");
    }

    [Fact]
    public void MarkdownSeed_GeneratesSectionsQuotesAndHtml()
    {
        var outcome = GeneratorHarness.Run([AuthoredSeeds.Markdown]);

        Assert.Empty(outcome.Diagnostics);
        Assert.Empty(outcome.CompilationDiagnostics);
        Snapshot.Verify(Source(outcome, "Articles.Lighthouse.g.cs"), "Articles.Lighthouse.g");
    }

    [Fact]
    public void SharedArticleType_HasTheFrontMatterMembers()
    {
        var outcome = GeneratorHarness.Run([AuthoredSeeds.FrontMatterText, AuthoredSeeds.Markdown]);

        Snapshot.Verify(Source(outcome, "Articles.g.cs"), "Articles.g");
    }

    private static string Source(GeneratorOutcome outcome, string hintName)
        => outcome.Sources.Single(source => source.HintName == hintName).SourceText.ToString();
}
