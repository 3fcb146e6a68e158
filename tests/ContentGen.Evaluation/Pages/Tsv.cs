using System.Globalization;

namespace ContentGen.Evaluation.Pages;

/// <summary>The label files' format: tab-separated UTF-8, a header row, then data rows.</summary>
internal static class Tsv
{
    /// <summary>The data rows of <paramref name="path"/>, each with its 1-based line number.</summary>
    public static IEnumerable<(string[] Row, int LineNumber)> Read(string path, int columns)
    {
        var lines = File.ReadAllLines(path);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var row = lines[i].Split('\t');
            if (row.Length != columns)
            {
                throw new FormatException($"{path}:{i + 1}: expected {columns} tab-separated columns, found {row.Length}");
            }

            yield return (row, i + 1);
        }
    }

    /// <summary>An integer column.</summary>
    public static int Int(string text, string path, int lineNumber)
        => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"{path}:{lineNumber}: '{text}' is not a line number");

    /// <summary>A column where <c>-</c> means "none".</summary>
    public static string? Optional(string text) => text == "-" ? null : text;
}
