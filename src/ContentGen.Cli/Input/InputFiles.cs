namespace ContentGen.Cli.Input;

/// <summary>
/// Turns the paths on the command line into the list of seed files: a file stands for itself,
/// a folder for every <c>*.txt</c>, <c>*.md</c> and <c>*.markdown</c> file under it, in any case. The list is sorted ordinally by path, the order
/// in which the generator resolves name collisions, and holds each file once.
/// </summary>
internal static class InputFiles
{
    // The seeds the default glob finds: text and Markdown.
    private static readonly string[] s_patterns = ["*.txt", "*.md", "*.markdown"];

    // As the generator and MSBuild globs see them: "*.TXT" counts; dot files are skipped by name (IsHidden).
    private static readonly EnumerationOptions s_search = new()
    {
        RecurseSubdirectories = true,
        MatchCasing = MatchCasing.CaseInsensitive,
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
    };

    /// <summary>The seed files named by <paramref name="paths"/>.</summary>
    /// <exception cref="UserErrorException">A path is neither a file nor a folder.</exception>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(Normalize(path));
            }
            else if (Directory.Exists(path))
            {
                AddFolder(path, files);
            }
            else if (path.StartsWith('-'))
            {
                // The parser takes any unknown option for a path; say what it most likely is.
                throw new UserErrorException("unknown option " + path + "; run 'contentgen --help' for usage");
            }
            else
            {
                throw new UserErrorException("no such file or folder: " + path);
            }
        }

        return files.ToArray();
    }

    // A folder named on the command line with no seed in it is most likely the wrong folder: a check
    // of nothing that reports "0 files checked" and succeeds would hide that.
    private static void AddFolder(string folder, SortedSet<string> files)
    {
        var found = 0;
        try
        {
            foreach (var pattern in s_patterns)
            {
                foreach (var file in Directory.EnumerateFiles(folder, pattern, s_search))
                {
                    if (IsHidden(Path.GetRelativePath(folder, file)))
                    {
                        continue;
                    }

                    files.Add(Normalize(file));
                    found++;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException("cannot read the folder " + folder + ": " + exception.Message);
        }

        if (found == 0)
        {
            throw new UserErrorException("no seeds (*.txt, *.md or *.markdown files) in the folder " + folder);
        }
    }

    // As the package's default glob and the SDK's excludes see a folder: a file or folder whose name
    // starts with a dot (an editor's ".#story.txt" lock, a ".drafts" folder) holds no seed. A file
    // named on the command line is read whatever its name.
    private static bool IsHidden(string relativePath)
    {
        foreach (var part in relativePath.Split('/', '\\'))
        {
            if (part.StartsWith('.'))
            {
                return true;
            }
        }

        return false;
    }

    // Forward slashes everywhere, so that output and name resolution are the same on every OS.
    private static string Normalize(string path) => path.Replace('\\', '/');
}
