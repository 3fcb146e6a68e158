using System.Globalization;

namespace ContentGen.Evaluation;

/// <summary>
/// The invented grids' files (<c>Invented/SpeakerShapes</c>, <c>Invented/MetadataShapes</c>): one
/// tab-separated file per language, whose rows each start with their kind; blank rows and rows
/// starting with <c>#</c> say nothing.
/// </summary>
internal static class GridFiles
{
    /// <summary>The folder of one grid's files.</summary>
    public static string Folder(string grid) => Path.Combine(RepositoryPaths.Root, "tests", "ContentGen.Evaluation", "Invented", grid);

    /// <summary>Reads every file of <paramref name="folder"/> in ordinal order, or prints why one is malformed.</summary>
    /// <returns>Whether every file was read.</returns>
    public static bool TryReadAll<T>(string folder, Func<string, T> read, TextWriter output, out List<T> grids)
    {
        try
        {
            grids = Directory.GetFiles(folder, "*.tsv").OrderBy(file => file, StringComparer.Ordinal).Select(read).ToList();
            return true;
        }
        catch (FormatException exception)
        {
            output.WriteLine(exception.Message);
            grids = [];
            return false;
        }
    }

    /// <summary>The rows of a grid file that say something, each split into its cells, with its 1-based line number.</summary>
    public static IEnumerable<(string[] Cells, int LineNumber)> Rows(string path)
    {
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length > 0 && lines[i][0] != '#')
            {
                yield return (lines[i].Split('\t'), i + 1);
            }
        }
    }

    /// <summary>"right/count", in the invariant culture.</summary>
    public static string Ratio(int right, int count)
        => right.ToString(CultureInfo.InvariantCulture) + "/" + count.ToString(CultureInfo.InvariantCulture);
}
