namespace ContentGen.Cli;

/// <summary>Where the tool writes: standard output, standard error, and whether stderr is a terminal.</summary>
/// <param name="Output">Results: reports, diagnostics, generated source.</param>
/// <param name="Error">Errors, summaries and progress.</param>
/// <param name="ShowProgress">Whether to show progress on <paramref name="Error"/>; only when it is a terminal.</param>
internal sealed record CliConsole(TextWriter Output, TextWriter Error, bool ShowProgress)
{
    /// <summary>Writes one line to standard error, ending with LF whatever the platform.</summary>
    public void ErrorLine(string text)
    {
        Error.Write(text);
        Error.Write('\n');
    }
}
