using System.CommandLine;

namespace ContentGen.Cli.Commands;

/// <summary>Arguments and options that several commands share, so they read the same everywhere.</summary>
internal static class CommonArguments
{
    /// <summary>One or more files or folders; folders stand for every <c>*.txt</c>, <c>*.md</c> and <c>*.markdown</c> file under them.</summary>
    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "Seed files, or folders to search recursively for *.txt, *.md and *.markdown files.",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary>The project's root namespace: the generated types go into its <c>Articles</c> namespace.</summary>
    public static Option<string?> Namespace() => new("--namespace")
    {
        Description = "Your project's RootNamespace: the generated types go into NAME.Articles (default: Articles).",
    };
}
