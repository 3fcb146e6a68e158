using System.CommandLine;
using ContentGen.Cli.Output;

namespace ContentGen.Cli.Commands;

/// <summary>
/// <c>contentgen preview FILE</c>: the C# the generator emits for the file's article class
/// (<c>Articles.&lt;Name&gt;.g.cs</c>; the shared index file <c>Articles.g.cs</c> is not printed).
/// Diagnostics go to stderr, so that stdout is exactly the generated source.
/// </summary>
internal static class PreviewCommand
{
    /// <summary>Creates the command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "The seed file to generate." };
        var ns = CommonArguments.Namespace();
        var command = new Command("preview", "Print the C# class the generator emits for one file.")
        {
            file,
            ns,
        };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetRequiredValue(file);
            if (Directory.Exists(path))
            {
                throw new UserErrorException("preview takes one file, and " + path + " is a folder; use 'contentgen inspect " + path + "' for a folder");
            }

            var run = SeedLoader.Run([path], parseResult.GetValue(ns), readArticles: true, console);
            foreach (var diagnostic in run.Diagnostics)
            {
                console.ErrorLine(DiagnosticFormat.Line(diagnostic));
            }

            var seed = run.Seeds.Single();
            if (seed.Source is null)
            {
                console.ErrorLine("contentgen: nothing is generated for " + seed.Path);
                return ExitCodes.ErrorsFound;
            }

            console.Output.Write(seed.Source);
            if (!seed.Source.EndsWith('\n'))
            {
                console.Output.Write('\n');
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
