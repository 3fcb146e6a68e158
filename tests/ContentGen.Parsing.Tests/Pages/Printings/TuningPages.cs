using System.Globalization;
using System.Text;

namespace ContentGen.Parsing.Tests.Pages.Printings;

/// <summary>One item of a page as its editor labelled it: its lines, their fate, and whether a blank line follows it.</summary>
/// <param name="Label"><c>title</c>, <c>body</c>, <c>heading</c> or <c>drop</c>.</param>
internal sealed record PageUnit(string Label, IReadOnlyList<string> Lines, bool BlankAfter)
{
    /// <summary>The unit's lines, trimmed and joined by single spaces.</summary>
    public string Text => string.Join(" ", Lines.Select(line => line.Trim()));
}

/// <summary>A tuning page cut into its labelled items, with the title its editor expects.</summary>
internal sealed record TuningPage(string Name, string Language, string Title, IReadOnlyList<PageUnit> Units)
{
    public override string ToString() => Name;
}

/// <summary>
/// The evaluation's invented tuning pages (<c>Invented/Pages/&lt;lang&gt;</c>, copied beside the tests with their
/// <c>.lines.tsv</c> and <c>.meta.tsv</c>), never the held-out ones. Each page is cut into units: a unit is a run of
/// lines with one label that the reader also read as one item (a paragraph wrapped over lines stays one unit, a list of
/// one-line items is one unit per line), so that a printing can re-print each unit whole.
/// </summary>
internal static class TuningPages
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static readonly Lazy<IReadOnlyList<TuningPage>> s_all = new(Load);

    public static IReadOnlyList<TuningPage> All => s_all.Value;

    private static IReadOnlyList<TuningPage> Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "invented", "Pages");
        return Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(Read)
            .ToArray();
    }

    private static TuningPage Read(string path)
    {
        var stem = path[..^".txt".Length];
        var bytes = File.ReadAllBytes(path);
        var start = bytes.AsSpan().StartsWith(s_utf8.Preamble) ? s_utf8.Preamble.Length : 0;
        var text = s_utf8.GetString(bytes, start, bytes.Length - start);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

        var labels = new string?[lines.Length + 1];
        foreach (var row in File.ReadAllLines(stem + ".lines.tsv").Skip(1))
        {
            var cells = row.Split('\t');
            for (var line = int.Parse(cells[2], CultureInfo.InvariantCulture); line <= int.Parse(cells[3], CultureInfo.InvariantCulture); line++)
            {
                labels[line] = cells[4];
            }
        }

        var meta = File.ReadAllLines(stem + ".meta.tsv")[1].Split('\t');

        // Where the reader starts an item on the page as printed: a unit never spans two of them.
        var reading = ArticleParser.Parse(text);
        var starts = new HashSet<int> { reading.TitlePosition.Line };
        starts.UnionWith(reading.Sections.Where(s => s.Heading is not null).Select(s => s.HeadingPosition.Line));
        starts.UnionWith(reading.Paragraphs.Select(p => p.Position.Line));
        starts.UnionWith(reading.Boilerplate.Select(b => b.Position.Line));

        var units = new List<PageUnit>();
        var current = new List<string>();
        string? label = null;
        for (var number = 1; number <= lines.Length; number++)
        {
            var line = lines[number - 1];
            if (string.IsNullOrWhiteSpace(line))
            {
                Close(blankAfter: true);
                continue;
            }

            var fate = labels[number] ?? "drop";
            if (current.Count > 0 && (fate != label || starts.Contains(number)))
            {
                Close(blankAfter: false);
            }

            label = fate;
            current.Add(line.TrimEnd());
        }

        Close(blankAfter: true);
        return new TuningPage(
            Path.GetFileName(Path.GetDirectoryName(path)) + "/" + Path.GetFileName(path),
            meta[7],
            meta[3],
            units);

        void Close(bool blankAfter)
        {
            if (current.Count > 0)
            {
                units.Add(new PageUnit(label!, current.ToArray(), blankAfter));
                current.Clear();
            }
        }
    }
}
