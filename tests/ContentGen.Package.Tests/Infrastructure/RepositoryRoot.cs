namespace ContentGen.Package.Tests.Infrastructure;

/// <summary>Finds the repository from the test binaries, wherever the clone is.</summary>
internal static class RepositoryRoot
{
    /// <summary>The folder that holds <c>ContentGen.sln</c>.</summary>
    public static string Path { get; } = Find();

    /// <summary>A path inside the repository, from parts relative to its root.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "ContentGen.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("ContentGen.sln not found above " + AppContext.BaseDirectory);
    }
}
