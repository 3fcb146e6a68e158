using System.CommandLine;
using System.CommandLine.Help;
using ContentGen.Cli.Commands;
using ContentGen.Cli.Generation;

namespace ContentGen.Cli;

/// <summary>
/// The <c>contentgen</c> command tree, runnable in-process with any writers: <see cref="Program"/>
/// passes the console, tests pass <see cref="StringWriter"/>s.
/// </summary>
internal static class CliApp
{
    /// <summary>Runs the tool with <paramref name="args"/> and returns its exit code (see <see cref="ExitCodes"/>).</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="showProgress">Whether to show progress on <paramref name="error"/>; pass <see langword="true"/> only when it is a terminal.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool showProgress = false)
    {
        var console = new CliConsole(output, error, showProgress);
        // A plain command named after the tool, not a RootCommand, whose name would be the
        // assembly's (ContentGen.Cli) in help text.
        var root = new Command("contentgen", "See what the ContentGen source generator will make of your article files before you build. 'contentgen help <command>' shows a command's options.")
        {
            new HelpOption(),
            new VersionOption(),
            InspectCommand.Create(console),
            CheckCommand.Create(console),
            PreviewCommand.Create(console),
            ReportCommand.Create(console),
        };

        // "contentgen help inspect" is read as "contentgen inspect --help", as git and dotnet read it.
        if (args is ["help", .. var command])
        {
            args = [.. command, "--help"];
        }

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            // Usage errors get exit code 2, so that they never read as "check found errors" (1).
            // An unknown word also leaves the command unchosen: only the word is worth saying.
            var messages = parseResult.UnmatchedTokens.Count > 0
                ? parseResult.UnmatchedTokens.Select(token => "unknown command or argument '" + token + "'")
                : parseResult.Errors.Select(parseError => parseError.Message);
            foreach (var message in messages)
            {
                console.ErrorLine("contentgen: error: " + message);
            }

            console.ErrorLine("Run 'contentgen --help' for usage.");
            return ExitCodes.BadInput;
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (UserErrorException exception)
        {
            console.ErrorLine("contentgen: error: " + exception.Message);
            return ExitCodes.BadInput;
        }
        catch (GeneratorFailedException exception)
        {
            console.ErrorLine("contentgen: internal error: " + exception.Message);
            return ExitCodes.InternalError;
        }
    }
}
