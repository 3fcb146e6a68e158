namespace ContentGen.Cli.Input;

/// <summary>
/// The folder a build would tell seed paths relative to (its <c>ProjectDir</c>): the nearest folder
/// above the first seed that holds a project file, else the current folder; so that <c>preview</c>
/// prints the <c>SeedPath</c> a build generates.
/// </summary>
internal static class ProjectFolder
{
    /// <summary>
    /// The project folder of <paramref name="files"/>, written as they are: absolute for absolute
    /// paths, else relative to the current folder (empty for the current folder itself).
    /// </summary>
    public static string Of(IReadOnlyList<string> files)
    {
        if (files.Count == 0)
        {
            return string.Empty;
        }

        var current = Directory.GetCurrentDirectory();
        var folder = Nearest(Path.GetDirectoryName(Path.GetFullPath(files[0]))) ?? current;
        if (Path.IsPathRooted(files[0]))
        {
            return WithSeparator(folder);
        }

        var relative = Path.GetRelativePath(current, folder);
        return relative == "." ? string.Empty : WithSeparator(relative);
    }

    private static string? Nearest(string? folder)
    {
        for (; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (Directory.EnumerateFiles(folder, "*.csproj").Any())
            {
                return folder;
            }
        }

        return null;
    }

    private static string WithSeparator(string folder)
        => folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar;
}
