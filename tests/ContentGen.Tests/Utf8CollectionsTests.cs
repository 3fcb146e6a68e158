using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Tests;

/// <summary>
/// Where the collections get their texts: UTF-8 literals from C# 11 on, which keep the texts out
/// of the user-string heap (CS8103), and the constants where the language or the project says so.
/// </summary>
public sealed class Utf8CollectionsTests
{
    private static readonly (string Path, string Text)[] s_seed =
    {
        ("seeds/harbour-news.txt", "Harbour reopens to ferries this spring\n\n\"The ferries return in April,\" the harbour master said.\n"),
    };

    [Theory]
    [InlineData(LanguageVersion.CSharp11)]
    [InlineData(LanguageVersion.Latest)]
    public void FromCSharp11_CollectionsDecodeUtf8Literals(LanguageVersion version)
    {
        var outcome = GeneratorHarness.Run(s_seed, version);

        var article = ArticleSource(outcome);
        Assert.Contains("FromUtf8(\"The ferries return in April,\"u8)", article, StringComparison.Ordinal);
        Assert.DoesNotContain("Paragraph1,", article, StringComparison.Ordinal);
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    [Fact]
    public void BeforeCSharp11_CollectionsUseTheConstants()
    {
        var outcome = GeneratorHarness.Run(s_seed, LanguageVersion.CSharp10);

        var article = ArticleSource(outcome);
        Assert.Contains("Paragraph1,", article, StringComparison.Ordinal);
        Assert.DoesNotContain("u8", article, StringComparison.Ordinal);
        Assert.DoesNotContain("FromUtf8", outcome.Sources.Single(s => s.HintName == "Articles.g.cs").SourceText.ToString(), StringComparison.Ordinal);
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    [Fact]
    public void ProjectCanTurnUtf8LiteralsOff()
    {
        var options = GeneratorHarness.DefaultOptions.WithProperty("ContentGenUtf8Collections", "false");
        var outcome = GeneratorHarness.Run(s_seed, LanguageVersion.Latest, options);

        Assert.DoesNotContain("u8", ArticleSource(outcome), StringComparison.Ordinal);
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    [Fact]
    public void TextWithALoneSurrogate_KeepsItsConstant_AndCompiles()
    {
        // A lone surrogate has no UTF-8 form: a u8 literal of it would not compile.
        var seed = new[] { ("seeds/odd.txt", "Odd text in the archive\n\nBroken \uD800 character here.\n\nA clean paragraph.\n") };
        var outcome = GeneratorHarness.Run(seed);

        var article = ArticleSource(outcome);
        Assert.Contains("Paragraph1,", article, StringComparison.Ordinal);
        Assert.Contains("FromUtf8(\"A clean paragraph.\"u8)", article, StringComparison.Ordinal);
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    [Fact]
    public void ArticleNamedLikeTheDecoder_IsRenamed()
    {
        var options = GeneratorHarness.DefaultOptions.WithMetadata("seeds/decoder.txt", "TypeName", "FromUtf8");
        var outcome = GeneratorHarness.Run(new[] { ("seeds/decoder.txt", "A title\n\nA paragraph.\n") }, LanguageVersion.Latest, options);

        Assert.Contains(outcome.Sources, source => source.HintName == "Articles.FromUtf8Article.g.cs");
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    private static string ArticleSource(GeneratorOutcome outcome)
        => outcome.Sources.Single(source => source.HintName != "Articles.g.cs").SourceText.ToString();
}
