using ContentGen.Cli.Generation;
using ContentGen.Cli.Input;
using ContentGen.Cli.Output;

namespace ContentGen.Cli.Commands;

/// <summary>What every command starts with: find the files, read them, and run the generator over them.</summary>
internal static class SeedLoader
{
    /// <summary>Runs the generator over the files named by <paramref name="paths"/>.</summary>
    /// <exception cref="UserErrorException">A path is missing or unreadable.</exception>
    public static GeneratorRun Run(IEnumerable<string> paths, string? rootNamespace, CliConsole console)
    {
        var files = InputFiles.Expand(paths);
        var progress = new Progress(console.Error, console.ShowProgress);
        try
        {
            var seeds = new List<(string Path, string Text)>(files.Count);
            foreach (var file in files)
            {
                seeds.Add((file, SeedReader.Read(file)));
                progress.Reading(seeds.Count, files.Count);
            }

            progress.Generating(files.Count);
            return GeneratorRun.Execute(seeds, rootNamespace, CancellationToken.None);
        }
        finally
        {
            progress.Done();
        }
    }
}
