namespace ContentGen.Tests.Infrastructure;

/// <summary>The repository's seed documents, copied next to the tests at build time.</summary>
internal static class Seeds
{
    /// <summary>The folder the seeds are copied to.</summary>
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "seeds");

    /// <summary>The path of the seed document every expectation is written for.</summary>
    public static string Original { get; } = Path.Combine(Folder, "000_7f261bbe20e88e81.txt");

    /// <summary>The seeds' file names, in ordinal order.</summary>
    public static IReadOnlyList<string> FileNames { get; } = Directory.GetFiles(Folder, "*.txt", SearchOption.AllDirectories)
        .Select(path => Path.GetRelativePath(Folder, path).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>The seed as a project would list it: <c>seeds/NAME</c>.</summary>
    public static (string Path, string Text) Load(string fileName)
        => ("seeds/" + fileName, File.ReadAllText(Path.Combine(Folder, fileName)));
}
