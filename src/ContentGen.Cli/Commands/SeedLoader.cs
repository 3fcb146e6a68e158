using ContentGen.Cli.Generation;
using ContentGen.Cli.Input;
using ContentGen.Cli.Output;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Cli.Commands;

/// <summary>What every command starts with: find the files, read them, and run the generator over them.</summary>
internal static class SeedLoader
{
    /// <summary>Runs the generator over the files named by <paramref name="paths"/>.</summary>
    /// <param name="paths">The files and folders named on the command line.</param>
    /// <param name="rootNamespace">The project's root namespace, or <see langword="null"/>.</param>
    /// <param name="readArticles">Whether the command needs each seed's article, not only the diagnostics.</param>
    /// <param name="console">Where progress goes.</param>
    /// <exception cref="UserErrorException">A path is missing or unreadable.</exception>
    public static GeneratorRun Run(IEnumerable<string> paths, string? rootNamespace, bool readArticles, CliConsole console)
    {
        var files = InputFiles.Expand(paths);
        var progress = new Progress(console.Error, console.ShowProgress);
        try
        {
            var seeds = new List<(string Path, SourceText? Text)>(files.Count);
            foreach (var file in files)
            {
                seeds.Add((file, SeedReader.Read(file)));
                progress.Reading(seeds.Count, files.Count);
            }

            progress.Generating(files.Count);
            return GeneratorRun.Execute(seeds, rootNamespace, ProjectFolder.Of(files), readArticles, CancellationToken.None);
        }
        finally
        {
            progress.Done();
        }
    }
}
