using System.CommandLine;
using System.Text;
using ContentGen.Cli.Report;

namespace ContentGen.Cli.Commands;

/// <summary>
/// <c>contentgen report PATH… [-o report.html]</c>: one self-contained HTML page that draws every
/// seed as the reader saw it, with an index and corpus charts.
/// </summary>
internal static class ReportCommand
{
    /// <summary>Creates the command, writing to <paramref name="console"/>.</summary>
    public static Command Create(CliConsole console)
    {
        var paths = CommonArguments.Paths();
        var output = new Option<string>("--output", "-o")
        {
            Description = "The HTML file to write.",
            DefaultValueFactory = _ => "report.html",
        };
        var command = new Command("report", "Write one HTML page that shows each file line by line as the reader saw it: title, headings, paragraphs, boilerplate, quotes with speakers and diagnostics.")
        {
            paths,
            output,
        };
        command.SetAction(parseResult =>
        {
            var run = SeedLoader.Run(parseResult.GetRequiredValue(paths), rootNamespace: null, readArticles: true, console);
            var page = SeedPageBuilder.Build(run.Seeds);
            var file = parseResult.GetRequiredValue(output);
            try
            {
                using var writer = new StreamWriter(file, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
                ReportHtml.Write(page, writer);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new UserErrorException("cannot write " + file + ": " + exception.Message);
            }

            console.ErrorLine(ReportHtml.Count(page.Seeds.Count, "seed") + " written to " + file);
            return ExitCodes.Success;
        });
        return command;
    }
}
