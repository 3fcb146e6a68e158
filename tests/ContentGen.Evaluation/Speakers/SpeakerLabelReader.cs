namespace ContentGen.Evaluation.Speakers;

/// <summary>
/// Reads label files: tab-separated, with a header row that names the columns, so that the corpus
/// labels (<c>half file line column offset kind speaker aliases</c>) and the invented articles'
/// expectations (<c>file line column speaker aliases</c>) share one reader.
/// </summary>
public static class SpeakerLabelReader
{
    /// <summary>Reads the corpus labels; a label's group is the corpus folder it points into (<c>fr-immigration</c> is reported as <c>fr</c>).</summary>
    /// <exception cref="FormatException">A row is malformed; the message says where.</exception>
    public static IReadOnlyList<SpeakerLabel> ReadCorpus(string labelFile, string corpus)
        => Read(labelFile, file =>
        {
            var folder = file.Split('/')[0];
            var group = folder == "fr-immigration" ? "fr" : folder;
            return (group, Path.Combine(corpus, file.Replace('/', Path.DirectorySeparatorChar)), file);
        });

    /// <summary>Reads one invented language folder's <c>expectations.tsv</c>; every label is in group <c>invented/&lt;lang&gt;</c>.</summary>
    /// <exception cref="FormatException">A row is malformed; the message says where.</exception>
    public static IReadOnlyList<SpeakerLabel> ReadInvented(string folder, string root)
    {
        var language = new DirectoryInfo(folder).Name;
        return Read(Path.Combine(folder, "expectations.tsv"), file =>
        {
            var path = Path.Combine(folder, file);
            return ("invented/" + language, path, Path.GetRelativePath(root, path).Replace('\\', '/'));
        });
    }

    private static List<SpeakerLabel> Read(string labelFile, Func<string, (string Group, string Path, string Name)> locate)
    {
        var lines = File.ReadAllLines(labelFile);
        if (lines.Length == 0)
        {
            throw new FormatException(labelFile + ": empty, with no header row");
        }

        var columns = lines[0].Split('\t');
        var labels = new List<SpeakerLabel>(lines.Length - 1);
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var cells = lines[i].Split('\t');
            string? Cell(string name)
            {
                var index = Array.IndexOf(columns, name);
                return index >= 0 && index < cells.Length ? cells[index] : null;
            }

            string Required(string name) => Cell(name) is { Length: > 0 } value
                ? value
                : throw new FormatException($"{labelFile}:{i + 1}: no {name}");

            int Number(string text, string name) => int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new FormatException($"{labelFile}:{i + 1}: {name} is not a number: {text}");

            var (group, path, name) = locate(Required("file"));
            LabelHalf? half = null;
            if (Cell("half") is { } halfText)
            {
                half = LabelHalves.TryParse(halfText, out var parsed) && parsed != LabelHalf.All
                    ? parsed
                    : throw new FormatException($"{labelFile}:{i + 1}: half is none of {string.Join(", ", LabelHalves.Rows.Select(row => row.Name))}: {halfText}");
            }

            var kind = Cell("kind") ?? "speech";
            if (kind is not ("speech" or "other"))
            {
                throw new FormatException($"{labelFile}:{i + 1}: kind is neither speech nor other: {kind}");
            }

            // Aliases are separated by '|'. A comma glued to the next word ("Rieder,Florian") is a list written
            // the wrong way that would silently become one alias nobody's answer matches, so it is refused; a
            // comma before a space belongs to a described phrase ("retraité, ancien adjoint au maire").
            var aliases = Cell("aliases") is { Length: > 0 } aliasText
                ? IsCommaList(aliasText) ? throw new FormatException($"{labelFile}:{i + 1}: aliases are separated by '|', not ',': {aliasText}") : aliasText.Split('|')
                : [];
            labels.Add(new SpeakerLabel(
                group,
                half,
                path,
                name,
                Number(Required("line"), "line"),
                Number(Required("column"), "column"),
                Cell("offset") is { } offset ? Number(offset, "offset") : null,
                kind == "speech",
                Required("speaker"),
                aliases));
        }

        return labels;
    }

    private static bool IsCommaList(string aliases)
    {
        for (var i = aliases.IndexOf(','); i >= 0; i = aliases.IndexOf(',', i + 1))
        {
            if (i + 1 < aliases.Length && aliases[i + 1] != ' ')
            {
                return true;
            }
        }

        return false;
    }
}
