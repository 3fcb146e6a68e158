using System.Globalization;
using System.Text;

namespace ContentGen.Evaluation.Pages;

/// <summary>Prints page scores: a compact summary, a row per page and the worst pages.</summary>
internal static class PageReport
{
    private const int WorstPages = 5;
    private const int MaxRangesShown = 6;

    /// <summary>Prints the summary of <paramref name="totals"/> under <paramref name="heading"/>.</summary>
    public static void Summary(string heading, PageTotals totals, MetadataTally metadata)
    {
        Console.WriteLine(heading);
        Console.WriteLine($"  drop removed   {PageTotals.Format(totals.DropRate, totals.DropLines)}  ({totals.Removed} of {totals.DropLines} lines an editor drops)");
        Console.WriteLine($"  body kept      {PageTotals.Format(totals.BodyKept, totals.BodyLines)}  ({totals.Kept} of {totals.BodyLines} body lines in paragraphs)");
        Console.WriteLine($"  headings       P {PageTotals.Format(totals.HeadingPrecision, totals.ModelHeadings)}  R {PageTotals.Format(totals.HeadingRecall, totals.LabelledHeadings)}  F1 {totals.HeadingF1.ToString("0.00", CultureInfo.InvariantCulture)}  ({totals.LabelledHeadings} labelled, {totals.ModelHeadings} found, {totals.MatchedHeadings} matched)");
        Console.WriteLine($"  titles right   {totals.TitlesRight} of {totals.Pages} on the labelled lines; {totals.TitleTextsRight} of {totals.Pages} read the labelled headline (either copy of it)");
        Console.WriteLine($"  metadata       {metadata.Summary()}");
        Console.WriteLine($"  drop lines kept, as:  {Counts(totals.KeptDrop)}");
        Console.WriteLine($"  body lines lost, as:  {Counts(totals.LostBody)}");
        Console.WriteLine(totals.Disagreements == 0
            ? "  position rule: every item's lines give back its text"
            : $"  position rule: {totals.Disagreements} items' lines do not give back their text (the line mapping is approximate there)");
    }

    /// <summary>Prints the metadata misses, one per line.</summary>
    public static void MetadataMisses(MetadataTally metadata)
    {
        Console.WriteLine(metadata.Misses.Count == 0 ? "  metadata misses: none" : "  metadata misses:");
        foreach (var miss in metadata.Misses)
        {
            Console.WriteLine("    " + miss);
        }
    }

    /// <summary>Prints one row per page.</summary>
    public static void Rows(IReadOnlyList<PageScore> scores)
    {
        Console.WriteLine("  file         drop removed   body   kept  headings lab/found/ok  title");
        foreach (var score in scores)
        {
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {score.File,-11} {score.DropLines,5} {score.Removed,7} {score.BodyLines,6} {score.Kept,6}  {score.LabelledHeadings,8}/{score.ModelHeadings}/{score.MatchedHeadings,-6}  {TitleCell(score)}"));
        }
    }

    /// <summary>Prints the pages with the most lines on the wrong side, and which lines.</summary>
    public static void Worst(IReadOnlyList<PageScore> scores)
    {
        Console.WriteLine("  worst pages (drop lines kept + body lines lost):");
        foreach (var score in scores.OrderByDescending(s => s.Errors).ThenBy(s => s.File, StringComparer.Ordinal).Take(WorstPages))
        {
            Console.WriteLine($"    {score.File}: {score.Errors}; drop kept at {Ranges(score.KeptDropLines)}; body lost at {Ranges(score.LostBodyLines)}");
        }
    }

    private static string TitleCell(PageScore score) => score.TitleRight
        ? "right"
        : score.TitleTextRight ? string.Create(CultureInfo.InvariantCulture, $"same text, read {score.ModelTitle!.Value.First}-{score.ModelTitle.Value.Last}")
        : score.ModelTitle is { } title ? string.Create(CultureInfo.InvariantCulture, $"wrong, read {title.First}-{title.Last}") : "wrong, none read";

    private static string Counts(SortedDictionary<string, int> counts)
        => counts.Count == 0 ? "none" : string.Join(", ", counts.Select(pair => pair.Key + " " + pair.Value.ToString(CultureInfo.InvariantCulture)));

    /// <summary>"38-50, 52, 60-61": line numbers only, never the page's text.</summary>
    public static string Ranges(List<int> lines)
    {
        if (lines.Count == 0)
        {
            return "none";
        }

        var ranges = new List<string>();
        var start = lines[0];
        var previous = lines[0];
        foreach (var line in lines.Skip(1).Append(int.MaxValue))
        {
            if (line == previous + 1)
            {
                previous = line;
                continue;
            }

            ranges.Add(start == previous ? start.ToString(CultureInfo.InvariantCulture) : $"{start}-{previous}");
            start = previous = line;
        }

        var text = new StringBuilder(string.Join(", ", ranges.Take(MaxRangesShown)));
        if (ranges.Count > MaxRangesShown)
        {
            text.Append(CultureInfo.InvariantCulture, $" and {ranges.Count - MaxRangesShown} more");
        }

        return text.ToString();
    }
}
