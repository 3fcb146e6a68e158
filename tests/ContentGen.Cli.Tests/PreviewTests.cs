using System.Text.RegularExpressions;
using ContentGen.Cli.Tests.Infrastructure;
using ContentGen.Tests.Infrastructure;

namespace ContentGen.Cli.Tests;

/// <summary><c>contentgen preview</c>: the generated article class, exactly as a build emits it.</summary>
public sealed partial class PreviewTests
{
    [Fact]
    public void Seed_PrintsTheSourceOfTheGeneratorSnapshot()
    {
        var snapshot = Path.Combine(
            RepositoryRoot.Path, "tests", "ContentGen.Tests", "Snapshots",
            "SnapshotTests.Seeds_GenerateTheReviewedSource#Articles.RussianRepresentativeTakesStockOfNegotiationsWithNato.g.verified.cs");

        // The generator snapshots are taken in a project whose root namespace is "Consumer", with
        // the seed in its seeds folder: the tool finds the project by its project file.
        using var project = new TempFolder();
        project.Write("Consumer.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        var seed = project.WriteBytes("seeds/" + Path.GetFileName(Tool.OriginalSeed), File.ReadAllBytes(Tool.OriginalSeed));
        var result = Tool.Run("preview", seed, "--namespace", "Consumer");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllText(snapshot), ScrubVersion(result.Output));
        Assert.Empty(result.Error);
    }

    [Fact]
    public void WithoutNamespace_TheClassesAreInTheArticlesNamespace()
    {
        var output = Tool.Run("preview", Tool.OriginalSeed).Output;

        Assert.Contains("\nnamespace Articles\n", output, StringComparison.Ordinal);
        Assert.Contains("public static partial class RussianRepresentativeTakesStockOfNegotiationsWithNato", output, StringComparison.Ordinal);
    }

    [Fact]
    public void FileThatGeneratesNothing_ExplainsOnStderr_AndExitsOne()
    {
        using var folder = new TempFolder();
        var binary = folder.Write("binary.txt", "PK\u0003\u0004\u0014\0\u0008\0 word/document.xml");

        var result = Tool.Run("preview", binary);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Contains(binary + "(1,1): error CG0007: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("nothing is generated for " + binary, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Folder_IsRefusedWithExitTwo()
    {
        var result = Tool.Run("preview", Tool.SeedsFolder);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("preview takes one file", result.Error, StringComparison.Ordinal);
    }

    private static string ScrubVersion(string source) => VersionPattern().Replace(source, "GeneratedCode(\"ContentGen\", \"{version}\")");

    [GeneratedRegex("""GeneratedCode\("ContentGen", "[0-9.]+"\)""")]
    private static partial Regex VersionPattern();
}
