using ContentGen.Cli.Tests.Infrastructure;
using ContentGen.Tests.Infrastructure;

namespace ContentGen.Cli.Tests.Report;

/// <summary><c>contentgen report</c> on the command line: where it writes, what it says, how it fails.</summary>
public sealed class ReportCommandTests
{
    private static readonly string s_corpus = Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "corpus"));

    [Fact]
    public void Report_WritesThePage_AndSaysHowManySeeds()
    {
        using var folder = new TempFolder();
        folder.Write("seeds/wrapped.txt", Seeds.Wrapped);
        folder.Write("seeds/unclosed.txt", Seeds.Unclosed);
        var output = Path.Combine(folder.Path, "out.html");

        var result = Tool.Run("report", Path.Combine(folder.Path, "seeds"), "-o", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Equal("2 seeds written to " + output + "\n", result.Error);
        var html = File.ReadAllText(output);
        Assert.StartsWith("<!DOCTYPE html>\n", html, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', html);
        Assert.Equal(2, Pages.Parse(html).QuerySelectorAll("details.seed").Length);
    }

    [Fact]
    public void OutputInAMissingFolder_IsAUserError()
    {
        using var folder = new TempFolder();
        var seed = folder.Write("wrapped.txt", Seeds.Wrapped);
        var output = Path.Combine(folder.Path, "missing", "out.html");

        var result = Tool.Run("report", seed, "-o", output);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("contentgen: error: cannot write " + output + ": ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Corpus_EveryFileHasASection_AndEveryLineAFateFromTheModel()
    {
        if (!Directory.Exists(s_corpus))
        {
            Assert.Skip("The shared corpus is not at " + s_corpus + "; this test needs ../shared/corpus beside the repository.");
        }

        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "corpus.html");
        // A folder stands for its text and Markdown seeds; the corpus's SOURCE.md files are read too.
        var fileCount = Directory.GetFiles(s_corpus, "*.txt", SearchOption.AllDirectories).Length
            + Directory.GetFiles(s_corpus, "*.md", SearchOption.AllDirectories).Length;

        var result = Tool.Run("report", s_corpus, "-o", output);

        Assert.Equal(0, result.ExitCode);
        var document = Pages.Parse(File.ReadAllText(output));
        Assert.Equal(fileCount, document.QuerySelectorAll("details.seed").Length);
        Assert.Equal(fileCount, document.QuerySelectorAll("table.index tbody tr").Length);
        Assert.Empty(document.QuerySelectorAll("div.ln.f-unread"));
        Assert.Empty(document.QuerySelectorAll("details.seed[open]"));
    }
}
