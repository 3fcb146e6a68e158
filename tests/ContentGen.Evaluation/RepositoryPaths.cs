namespace ContentGen.Evaluation;

/// <summary>Where the labels and the corpus are: the corpus sits beside the repository, never in it.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root: the folder that holds <c>ContentGen.sln</c>.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary><c>../shared/corpus</c> beside the repository, or <see langword="null"/> where it is absent.</summary>
    public static string? Corpus { get; } = Directory.Exists(Path.Combine(Root, "..", "shared", "corpus"))
        ? Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"))
        : null;

    /// <summary>The folder of label files.</summary>
    public static string Labels { get; } = Path.Combine(Root, "tests", "ContentGen.Evaluation", "Labels");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ContentGen.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("ContentGen.sln was not found above " + AppContext.BaseDirectory);
    }
}
