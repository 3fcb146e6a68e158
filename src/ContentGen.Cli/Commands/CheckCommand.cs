using System.CommandLine;
using System.Globalization;
using ContentGen.Cli.Output;
using Microsoft.CodeAnalysis;

namespace ContentGen.Cli.Commands;

/// <summary>
/// <c>contentgen check PATH…</c>: the generator's diagnostics as a build would report them, one
/// per line in the compiler's format; exit code 1 when any is an error.
/// </summary>
internal static class CheckCommand
{
    /// <summary>Creates the command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var paths = CommonArguments.Paths();
        var command = new Command("check", "Report the generator's diagnostics (CG0001…) as file(line,col): severity ID: message; exit 1 if any is an error.")
        {
            paths,
        };
        command.SetAction(parseResult =>
        {
            var run = SeedLoader.Run(parseResult.GetRequiredValue(paths), rootNamespace: null, readArticles: false, console);
            foreach (var diagnostic in run.Diagnostics)
            {
                console.Output.Write(DiagnosticFormat.Line(diagnostic));
                console.Output.Write('\n');
            }

            var errors = run.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            var warnings = run.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

            // On stderr, so that stdout holds nothing but diagnostics for tools to parse.
            console.ErrorLine(string.Create(CultureInfo.InvariantCulture, $"{Plural(run.FileCount, "file")} checked: {Plural(errors, "error")}, {Plural(warnings, "warning")}"));
            return errors > 0 ? ExitCodes.ErrorsFound : ExitCodes.Success;
        });
        return command;
    }

    private static string Plural(int count, string noun)
        => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
