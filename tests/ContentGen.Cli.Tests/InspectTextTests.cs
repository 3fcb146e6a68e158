using ContentGen.Cli.Tests.Infrastructure;

namespace ContentGen.Cli.Tests;

/// <summary><c>contentgen inspect</c> without <c>--json</c>: a report for people, under the generated member names.</summary>
public sealed class InspectTextTests
{
    [Fact]
    public void Seed_ShowsTypeTitleSourceAndMembers()
    {
        var result = Tool.Run("inspect", Tool.OriginalSeed);

        Assert.Equal(0, result.ExitCode);
        var lines = result.OutputLines;
        Assert.Equal(Tool.OriginalSeed, lines[0]);
        Assert.Contains("  type        RussianRepresentativeTakesStockOfNegotiationsWithNato", lines);
        Assert.Contains("  title       Russian representative takes stock of negotiations with NATO", lines);
        Assert.Contains("  source      RT in French", lines);
        Assert.Contains("    Heading1    Moscow advocates stopping NATO expansion", lines);
        Assert.Contains("  paragraphs  6", lines);
        Assert.Contains("    Quote1      \"very seriously\" (Sergei Riabkov, in Paragraph5)", lines);
        Assert.Contains("    Navigation  Skip to content", lines);
        Assert.Contains("  diagnostics none", lines);
        Assert.DoesNotContain('\r', result.Output);
    }

    [Fact]
    public void FileWithoutArticle_SaysNothingIsGeneratedAndWhy()
    {
        using var folder = new TempFolder();
        var empty = folder.Write("empty.txt", "  \n\t\n");

        var lines = Tool.Run("inspect", folder.Path).OutputLines;

        Assert.Equal(empty, lines[0]);
        Assert.Equal("  type        (none: nothing is generated for this file)", lines[1]);
        Assert.StartsWith("    (1,1) warning CG0001: ", lines[^1], StringComparison.Ordinal);
    }
}
