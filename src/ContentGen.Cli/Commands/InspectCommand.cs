using System.CommandLine;
using ContentGen.Cli.Output;

namespace ContentGen.Cli.Commands;

/// <summary><c>contentgen inspect PATH… [--json]</c>: what the generator will see in each file.</summary>
internal static class InspectCommand
{
    /// <summary>Creates the command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var paths = CommonArguments.Paths();
        var json = new Option<bool>("--json") { Description = "Print one JSON array, one object per file, for tools." };
        var command = new Command("inspect", "Show what the generator will make of each file: type name, title, source, headings, paragraphs, quotes, boilerplate and diagnostics.")
        {
            paths,
            json,
        };
        command.SetAction(parseResult =>
        {
            var run = SeedLoader.Run(parseResult.GetRequiredValue(paths), rootNamespace: null, readArticles: true, console);
            if (parseResult.GetValue(json))
            {
                JsonReport.Write(run.Seeds, console.Output);
            }
            else
            {
                TextReport.Write(run.Seeds, console.Output);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
