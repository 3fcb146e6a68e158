using ContentGen.Cli;

namespace ContentGen.Cli.Tests.Infrastructure;

/// <summary>Runs the contentgen command tree in-process, capturing what it writes.</summary>
internal static class Tool
{
    /// <summary>The folder the repository's seeds are copied to.</summary>
    public static string SeedsFolder { get; } = Path.Combine(AppContext.BaseDirectory, "seeds");

    /// <summary>The seed every expectation is written for, as the tool prints its path.</summary>
    public static string OriginalSeed { get; } = Slashes(Path.Combine(SeedsFolder, "000_7f261bbe20e88e81.txt"));

    /// <summary>Runs <c>contentgen</c> with <paramref name="args"/>, stderr not a terminal.</summary>
    public static CliResult Run(params string[] args) => Run(showProgress: false, args);

    /// <summary>Runs <c>contentgen</c> with <paramref name="args"/>, as if stderr were a terminal when <paramref name="showProgress"/>.</summary>
    public static CliResult Run(bool showProgress, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApp.Run(args, output, error, showProgress);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>A path as the tool prints it: forward slashes.</summary>
    public static string Slashes(string path) => path.Replace('\\', '/');
}

/// <summary>What one run of the tool did.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Output">Everything written to stdout.</param>
/// <param name="Error">Everything written to stderr.</param>
internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>The stdout lines, without the final empty one.</summary>
    public string[] OutputLines => Output.Length == 0 ? [] : Output.TrimEnd('\n').Split('\n');
}
