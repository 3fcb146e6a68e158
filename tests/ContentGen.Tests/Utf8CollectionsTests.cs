using System.Reflection;
using System.Runtime.Loader;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Tests;

/// <summary>
/// Where the collections get their texts: UTF-8 literals from C# 11 on, which keep the texts out
/// of the user-string heap (CS8103), and the constants where the language or the project says so.
/// (The whole source of each variant is reviewed in <see cref="VariantSnapshotTests"/>.)
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
        Assert.Contains("Utf8Text.Decode(\"The ferries return in April\"u8)", article, StringComparison.Ordinal);
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
        Assert.DoesNotContain("Utf8Text", outcome.Sources.Single(s => s.HintName == "Articles.g.cs").SourceText.ToString(), StringComparison.Ordinal);
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
        Assert.Contains("Utf8Text.Decode(\"A clean paragraph.\"u8)", article, StringComparison.Ordinal);
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    [Fact]
    public void ArticleNamedLikeTheDecoder_IsRenamed()
    {
        var options = GeneratorHarness.DefaultOptions.WithMetadata("seeds/decoder.txt", "TypeName", "Utf8Text");
        var outcome = GeneratorHarness.Run(new[] { ("seeds/decoder.txt", "A title\n\nA paragraph.\n") }, LanguageVersion.Latest, options);

        Assert.Contains(outcome.Sources, source => source.HintName == "Articles.Utf8TextArticle.g.cs");
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    [Fact]
    public void NastyTexts_DecodeToExactlyTheConstants()
    {
        // Quotes, backslashes, escapes, bidi controls, line separators, astral characters: the
        // UTF-8 literal must give back the constant's text char for char.
        const string text = "Nasty texts survive the trip\n\n"
            + "A \"quoted\" \\ back\\slash and\ttab, then \u202Ebidi\u202C and \u2028separator.\n\n"
            + "Astral \U0001F600 emoji, combining e\u0301, NEL \u0085 and zero width \u200B joiner.\n\n"
            + "\"Ça va ?\" dit-elle. « Très bien », répondit-il.\n";
        var outcome = GeneratorHarness.Run(new[] { ("seeds/nasty.txt", text) });
        Assert.Empty(outcome.CompilationDiagnostics);
        Assert.Contains("u8", ArticleSource(outcome), StringComparison.Ordinal);

        var context = new AssemblyLoadContext("utf8", isCollectible: true);
        try
        {
            using var image = new MemoryStream();
            Assert.True(outcome.Output.Emit(image, cancellationToken: TestContext.Current.CancellationToken).Success);
            image.Position = 0;
            var type = context.LoadFromStream(image).GetTypes().Single(t => t.GetField("Paragraph1") is not null);
            var paragraphs = (IReadOnlyList<string>)type.GetProperty("Paragraphs", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            Assert.Equal(3, paragraphs.Count);
            for (var i = 0; i < paragraphs.Count; i++)
            {
                Assert.Equal((string)type.GetField("Paragraph" + (i + 1))!.GetRawConstantValue()!, paragraphs[i]);
            }

            var quotes = ((System.Collections.IEnumerable)type.GetProperty("Quotes", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!).Cast<object>().ToArray();
            Assert.NotEmpty(quotes);
            for (var i = 0; i < quotes.Length; i++)
            {
                Assert.Equal(type.GetField("Quote" + (i + 1))!.GetRawConstantValue(), quotes[i].GetType().GetProperty("Text")!.GetValue(quotes[i]));
            }
        }
        finally
        {
            context.Unload();
        }
    }

    private static string ArticleSource(GeneratorOutcome outcome)
        => outcome.Sources.Single(source => source.HintName != "Articles.g.cs").SourceText.ToString();
}
