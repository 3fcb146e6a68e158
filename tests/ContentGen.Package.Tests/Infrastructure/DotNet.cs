using System.Diagnostics;
using System.Text;

namespace ContentGen.Package.Tests.Infrastructure;

/// <summary>
/// Runs the <c>dotnet</c> CLI as a user would, isolated from the test run: a private NuGet
/// package folder, no MSBuild state inherited from the <c>dotnet test</c> that started us, and
/// no MSBuild nodes left behind to hold the output pipes open.
/// </summary>
internal static class DotNet
{
    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/>; kills it and fails after <paramref name="timeout"/>.</summary>
    public static async Task<ProcessResult> RunAsync(
        string workingDirectory,
        IEnumerable<string> arguments,
        string nugetPackages,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Isolate(start.Environment, nugetPackages);

        var commandLine = "dotnet " + string.Join(' ', start.ArgumentList);
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (stdout) { stdout.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (stderr) { stderr.AppendLine(e.Data); } } };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            string output, error;
            lock (stdout) { output = stdout.ToString(); }
            lock (stderr) { error = stderr.ToString(); }
            var result = new ProcessResult(commandLine, workingDirectory, -1, output, error, clock.Elapsed);
            cancellationToken.ThrowIfCancellationRequested();
            Assert.Fail($"Timed out after {timeout.TotalSeconds:0} s.\n" + result.Describe());
        }

        lock (stdout)
        {
            lock (stderr)
            {
                return new ProcessResult(commandLine, workingDirectory, process.ExitCode, stdout.ToString(), stderr.ToString(), clock.Elapsed);
            }
        }
    }

    private static void Isolate(IDictionary<string, string?> environment, string nugetPackages)
    {
        // dotnet test runs us with its own MSBuild's paths in the environment; a child build must
        // find its SDK from scratch, as in a user's shell.
        foreach (var name in environment.Keys.ToArray())
        {
            if (name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("_MSBuild", StringComparison.OrdinalIgnoreCase))
            {
                environment.Remove(name);
            }
        }

        environment["NUGET_PACKAGES"] = nugetPackages;
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        // MSBuild nodes left running would outlive the test and hold its output pipes open. The
        // compiler server is fine: it is started with its own standard handles, and sharing it
        // makes each consumer build several seconds faster.
        environment["MSBUILDDISABLENODEREUSE"] = "1";
    }
}
