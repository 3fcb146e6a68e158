using System.Text.Json;
using System.Text.RegularExpressions;
using ContentGen.Cli.Tests.Infrastructure;
using ContentGen.Tests.Infrastructure;

namespace ContentGen.Cli.Tests;

/// <summary>
/// The tool over the real corpora in <c>../shared/corpus</c> (not part of the repository, and not
/// openly licensed, so only read here): nothing crashes, and every article gets a title and a name.
/// </summary>
public sealed partial class CorpusTests
{
    private static readonly string s_corpus = Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "corpus"));

    [Fact]
    public void InspectAndCheck_ReadEveryCorpusFile()
    {
        if (!Directory.Exists(s_corpus))
        {
            Assert.Skip("The shared corpus is not at " + s_corpus + "; these tests need ../shared/corpus beside the repository.");
        }

        // A folder stands for its .txt and .md seeds, the corpora's SOURCE.md notes among them.
        var fileCount = Directory.GetFiles(s_corpus, "*.txt", SearchOption.AllDirectories).Length
            + Directory.GetFiles(s_corpus, "*.md", SearchOption.AllDirectories).Length;

        var inspect = Tool.Run("inspect", "--json", s_corpus);
        Assert.Equal(0, inspect.ExitCode);
        Assert.Empty(inspect.Error);
        using var json = JsonDocument.Parse(inspect.Output);
        var seeds = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(fileCount, seeds.Length);
        Assert.All(seeds, seed =>
        {
            Assert.False(string.IsNullOrWhiteSpace(seed.GetProperty("title").GetString()), seed.GetProperty("file").GetString());
            Assert.False(string.IsNullOrWhiteSpace(seed.GetProperty("typeName").GetString()), seed.GetProperty("file").GetString());
        });

        var check = Tool.Run("check", s_corpus);
        Assert.True(check.ExitCode is 0 or 1, check.Error);
        Assert.All(check.OutputLines, line => Assert.Matches(DiagnosticLine(), line));
    }

    [GeneratedRegex(@"^.+\.(txt|md)\(\d+,\d+\): (warning|error) CG\d{4}: .+$")]
    private static partial Regex DiagnosticLine();
}
