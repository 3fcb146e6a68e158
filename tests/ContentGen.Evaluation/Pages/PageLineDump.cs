namespace ContentGen.Evaluation.Pages;

/// <summary>
/// Prints one tune-half page line by line: the editor's label beside the reader's fate, so a rule can be
/// designed from what it does to a page. Blind pages are refused, since looking at their misses would tune on them.
/// An invented page (<c>de/de-radwege.txt</c>) is shown with the fates its <c>.lines.tsv</c> expects.
/// </summary>
public static class PageLineDump
{
    private const int MaxShown = 90;

    /// <summary>Prints <paramref name="file"/> (a French page of the tune half, e.g. <c>fr-32.txt</c>).</summary>
    public static int Run(string file)
    {
        if (file.Contains('/', StringComparison.Ordinal))
        {
            var path = Path.Combine(InventedPages.Folder, file);
            return File.Exists(path) ? Print(path, PageLabels.ReadRanges(path[..^".txt".Length] + ".lines.tsv")) : Refuse(file);
        }

        var ranges = PageLabels.ReadRanges(Path.Combine(RepositoryPaths.Labels, "pages.tsv"))
            .Where(r => string.Equals(r.File, file, StringComparison.Ordinal))
            .ToList();
        if (ranges.Count == 0 || ranges.Any(r => !string.Equals(r.Half, "tune", StringComparison.Ordinal)))
        {
            return Refuse(file);
        }

        return Print(Path.Combine(RepositoryPaths.Corpus!, "fr-immigration", file), ranges);
    }

    private static int Refuse(string file)
    {
        Console.Error.WriteLine($"{file} is neither a labelled page of the tune half nor an invented page: only those are shown.");
        return 2;
    }

    private static int Print(string path, List<LabelledRange> ranges)
    {
        var page = PageText.Read(path);
        var fates = ModelFates.Read(page);
        for (var line = 1; line <= page.Lines.Count; line++)
        {
            if (page.IsBlank(line))
            {
                continue;
            }

            var label = ranges.FirstOrDefault(r => r.FirstLine <= line && line <= r.LastLine)?.Label.ToString() ?? "-";
            var text = page.Trimmed(line);
            Console.WriteLine($"{line,4} {label,-8} {fates[line],-12} {(text.Length > MaxShown ? text.Substring(0, MaxShown) : text)}");
        }

        return 0;
    }
}
