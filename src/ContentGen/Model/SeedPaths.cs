namespace ContentGen.Model;

/// <summary>
/// Where a seed stands in its project, as the generated code tells it: relative to the project's
/// folder, with forward slashes on every system, so that the same checkout generates the same code
/// on Windows and Linux and no machine's folders leak into it.
/// </summary>
internal static class SeedPaths
{
    /// <summary>
    /// <paramref name="path"/> relative to <paramref name="projectDirectory"/> when it lies inside it;
    /// else a relative path as it is, else the file name alone.
    /// </summary>
    public static string InProject(string path, string? projectDirectory)
    {
        var seed = path.Replace('\\', '/');
        if (projectDirectory is { Length: > 0 })
        {
            var project = projectDirectory.Replace('\\', '/').TrimEnd('/') + "/";
            if (seed.Length > project.Length && seed.StartsWith(project, System.StringComparison.Ordinal))
            {
                return seed.Substring(project.Length);
            }
        }
        else if (!IsRooted(seed))
        {
            return seed;
        }

        return seed.Substring(seed.LastIndexOf('/') + 1);
    }

    // "/x", "//server/x" or "C:/x": a path that names a machine's folders.
    private static bool IsRooted(string path)
        => path.StartsWith("/", System.StringComparison.Ordinal) || (path.Length >= 2 && path[1] == ':');
}
