using ContentGen.Cli.Tests.Infrastructure;

namespace ContentGen.Cli.Tests;

/// <summary>What the tool does with bad command lines, and where progress goes.</summary>
public sealed class ErrorAndProgressTests
{
    [Theory]
    [InlineData("inspect")]
    [InlineData("check")]
    [InlineData("preview")]
    public void MissingPath_IsOneClearLineOnStderr_AndExitsTwo(string command)
    {
        var missing = Path.Combine(Path.GetTempPath(), "contentgen-cli-missing-" + Guid.NewGuid().ToString("N"), "story.txt");

        var result = Tool.Run(command, missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Equal("contentgen: error: no such file or folder: " + missing + "\n", result.Error);
    }

    [Theory]
    [InlineData("inspect", "--jsn", ".")]
    [InlineData("check")]
    [InlineData("frobnicate")]
    [InlineData]
    public void UsageError_ExitsTwo_SoThatItNeverReadsAsCheckFoundErrors(params string[] args)
    {
        var result = Tool.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("contentgen --help", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate", "frobnicate")]
    [InlineData("--jsn", "inspect", "--jsn", ".")]
    public void UsageErrors_SpeakAsEveryOtherError_NamingTheUnknownWordFirst(string unknown, params string[] args)
    {
        var result = Tool.Run(args);

        // The unknown word is the error; that no command was chosen follows from it.
        Assert.StartsWith("contentgen: error: ", result.Error, StringComparison.Ordinal);
        Assert.Contains(unknown, result.Error.Split('\n')[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("inspect")]
    public void FolderWithNoSeeds_IsAClearError_NotAnEmptyCheck(string command)
    {
        using var folder = new TempFolder();
        folder.Write("notes.text", "Not a seed by its extension.\n");

        var result = Tool.Run(command, folder.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Equal("contentgen: error: no seeds (*.txt, *.md or *.markdown files) in the folder " + folder.Path + "\n", result.Error);
    }

    [Theory]
    [InlineData]
    [InlineData("inspect")]
    [InlineData("check")]
    public void HelpCommand_ShowsWhatHelpOptionShows(params string[] command)
    {
        var asCommand = Tool.Run(["help", .. command]);
        var asOption = Tool.Run([.. command, "--help"]);

        Assert.Equal(0, asCommand.ExitCode);
        Assert.Empty(asCommand.Error);
        Assert.Equal(asOption.Output, asCommand.Output);
        Assert.Contains("Usage:", asCommand.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ListsTheCommands()
    {
        var result = Tool.Run("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("contentgen [command] [options]", result.Output, StringComparison.Ordinal);
        Assert.Contains("inspect", result.Output, StringComparison.Ordinal);
        Assert.Contains("check", result.Output, StringComparison.Ordinal);
        Assert.Contains("preview", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_GoesToStderr_OnlyWhenItIsATerminal()
    {
        var quiet = Tool.Run(showProgress: false, "inspect", "--json", Tool.SeedsFolder);
        var shown = Tool.Run(showProgress: true, "inspect", "--json", Tool.SeedsFolder);

        Assert.Empty(quiet.Error);
        Assert.Contains("Reading files: 1/1", shown.Error, StringComparison.Ordinal);
        Assert.EndsWith("\r", shown.Error, StringComparison.Ordinal);
        Assert.Equal(quiet.Output, shown.Output);
    }
}
