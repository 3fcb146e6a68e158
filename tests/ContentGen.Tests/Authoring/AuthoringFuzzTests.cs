using ContentGen.Emit;
using ContentGen.Model;
using ContentGen.Parsing.Seeds;
using ContentGen.Tests.Infrastructure;
using ContentGen.Tests.Robustness;
using CsCheck;

namespace ContentGen.Tests.Authoring;

/// <summary>
/// Malformed front matter and Markdown never throw out of the reader or the generator, and never
/// break the build: whatever is wrong becomes a diagnostic. Fixed seed in a normal run, as
/// <see cref="FuzzTests"/> (same <c>CONTENTGEN_FUZZ_*</c> variables).
/// </summary>
public sealed class AuthoringFuzzTests
{
    private const int BatchSize = 25;

    [Fact]
    public void MalformedSeeds_NeverThrowOutOfTheReader_NorBecomeCG9999()
        => FuzzTests.Check(AuthoredDocuments.Seed, ReadAndParse, FuzzTests.Iterations(3000), Print);

    [Fact]
    public void MalformedSeeds_NeverBreakTheBuild()
        => FuzzTests.Check(AuthoredDocuments.Seed.Array[BatchSize], Compile, Math.Max(1, FuzzTests.Iterations(400) / BatchSize), seeds => string.Join("\n", seeds.Select(Print)));

    private static void ReadAndParse((string Extension, string Text) seed)
    {
        var path = "seeds/fuzz/001" + seed.Extension;
        ArticleReader.Read(path, seed.Text);
        var parsed = SeedParser.Parse(new SeedFile(path, seed.Text, null), TestContext.Current.CancellationToken);
        Assert.DoesNotContain(parsed.Diagnostics, d => d.Descriptor.Id == "CG9999");
    }

    private static void Compile((string Extension, string Text)[] seeds)
    {
        var outcome = GeneratorHarness.Run(seeds.Select((seed, i) => ($"seeds/fuzz/{i:D3}{seed.Extension}", seed.Text)));

        Assert.Null(outcome.RunResult.Results.Single().Exception);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Id is "CG9999" or "CS8785");
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    private static string Print((string Extension, string Text) seed) => seed.Extension + " " + CSharpLiteral.Format(seed.Text);
}
