namespace ContentGen.Package.Tests.Infrastructure;

/// <summary>What a finished process printed, and how it ended.</summary>
/// <param name="CommandLine">The command as run, for failure messages.</param>
/// <param name="WorkingDirectory">Where it ran.</param>
/// <param name="ExitCode">Its exit code.</param>
/// <param name="StandardOutput">Everything it wrote to stdout.</param>
/// <param name="StandardError">Everything it wrote to stderr.</param>
/// <param name="Elapsed">How long it took.</param>
internal sealed record ProcessResult(
    string CommandLine,
    string WorkingDirectory,
    int ExitCode,
    string StandardOutput,
    string StandardError,
    TimeSpan Elapsed)
{
    /// <summary>The whole story of the run, to put in an assertion message.</summary>
    public string Describe() =>
        $"""
        `{CommandLine}` in {WorkingDirectory} exited with {ExitCode} after {Elapsed.TotalSeconds:0.0} s.
        --- stdout ---
        {StandardOutput}
        --- stderr ---
        {StandardError}
        """;

    /// <summary>Fails the test, with everything the process printed, unless it exited with 0.</summary>
    public ProcessResult EnsureSuccess()
    {
        Assert.True(ExitCode == 0, Describe());
        return this;
    }
}
