using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Tests;

/// <summary>
/// The generated source under each setting that changes it, reviewed whole as snapshots: C# 7.3
/// (no nullable annotations, no UTF-8 literals), internal types, a project without a root namespace, and UTF-8
/// collections turned off. Each variant also compiles cleanly in a strict project.
/// </summary>
public sealed class VariantSnapshotTests
{
    // A source, a heading, and a quote with its speaker: every part of the emitted class.
    private static readonly (string Path, string Text)[] s_seed =
    {
        ("seeds/harbour-news.txt", "Harbour reopens to ferries this spring | Coast News\n\nThe ferries return in April, officials said.\n\nTimetable\n\n\"We sail at dawn,\" said captain Ann Lee.\n"),
    };

    public static TheoryData<string> Variants => ["csharp73", "internal", "no-root-namespace", "utf8-collections-off"];

    [Theory]
    [MemberData(nameof(Variants))]
    public void Variant_GeneratesTheReviewedSource(string variant)
    {
        var (version, options) = variant switch
        {
            "csharp73" => (LanguageVersion.CSharp7_3, GeneratorHarness.DefaultOptions),
            "internal" => (LanguageVersion.Latest, GeneratorHarness.DefaultOptions.WithProperty("ContentGenVisibility", "internal")),
            "no-root-namespace" => (LanguageVersion.Latest, TestOptionsProvider.Empty),
            "utf8-collections-off" => (LanguageVersion.Latest, GeneratorHarness.DefaultOptions.WithProperty("ContentGenUtf8Collections", "false")),
            _ => throw new ArgumentOutOfRangeException(nameof(variant)),
        };

        var outcome = GeneratorHarness.Run(s_seed, version, options);

        Assert.Empty(outcome.Diagnostics);
        Assert.Empty(outcome.CompilationDiagnostics);
        Assert.Equal(["Articles.HarbourNews.g.cs", "Articles.g.cs"], outcome.Sources.Select(source => source.HintName));
        Snapshot.VerifyAll(outcome.Sources.Select(source => (source.SourceText.ToString(), variant + "." + Path.GetFileNameWithoutExtension(source.HintName))), group: variant + ".");
    }
}
