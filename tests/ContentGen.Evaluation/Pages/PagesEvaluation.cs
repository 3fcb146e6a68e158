namespace ContentGen.Evaluation.Pages;

/// <summary>
/// The <c>pages</c> evaluation: reads each hand-labelled French page with
/// <see cref="ContentGen.Parsing.ArticleParser"/> and scores what it keeps, drops, heads and titles
/// against the labels, then does the same for the invented pages of every language.
/// </summary>
public static class PagesEvaluation
{
    private const string CorpusFolder = "fr-immigration";

    /// <summary>Runs the evaluation on <paramref name="half"/> of the French labels, and on all invented pages.</summary>
    public static int Run(LabelHalf half)
    {
        try
        {
            var problems = new List<string>();
            var metadata = new MetadataTally();
            var french = ScoreFrench(half, problems, metadata);
            var invented = InventedPages.Score(InventedPages.Folder, problems);
            var heldOut = InventedPages.Score(InventedPages.HeldOutFolder, problems);
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    Console.Error.WriteLine(problem);
                }

                Console.Error.WriteLine($"{problems.Count} label problems: fix the labels before reading any score.");
                return 1;
            }

            var name = half switch
            {
                LabelHalf.Tune => "tune half (the rules are tuned here: not evidence)",
                LabelHalf.Blind => "blind half (the figures to report)",
                _ => "both halves",
            };
            PageReport.Summary($"French pages, {name}: {french.Count} pages", new PageTotals(french), metadata);
            if (half == LabelHalf.Tune)
            {
                PageReport.Rows(french);
                PageReport.Worst(french);
                PageReport.MetadataMisses(metadata);
            }
            else
            {
                // Page by page, the blind half would show what to fix, and stop being blind.
                Console.WriteLine("(pages and misses are listed for the tune half only)");
            }

            Console.WriteLine();
            InventedPages.Print(invented, heldOut: false);
            if (half != LabelHalf.Tune)
            {
                // As with the speakers: held-out figures only beside the blind half, never in a tuning run.
                Console.WriteLine();
                InventedPages.Print(heldOut, heldOut: true);
            }

            Console.WriteLine();
            MetadataShares.Print();
            return 0;
        }
        catch (Exception exception) when (exception is FormatException or IOException)
        {
            Console.Error.WriteLine(exception.Message);
            return 1;
        }
    }

    private static List<PageScore> ScoreFrench(LabelHalf half, List<string> problems, MetadataTally tally)
    {
        var ranges = PageLabels.ReadRanges(Path.Combine(RepositoryPaths.Labels, "pages.tsv"));
        var metadata = PageLabels.ReadMetadata(Path.Combine(RepositoryPaths.Labels, "page-metadata.tsv"));
        var byFile = ranges.GroupBy(r => r.File, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var file in byFile.Keys.Except(metadata.Select(m => m.File), StringComparer.Ordinal))
        {
            problems.Add($"pages.tsv labels {file}, which page-metadata.tsv does not list");
        }

        var scores = new List<PageScore>();
        foreach (var page in metadata)
        {
            if (!LabelHalves.TryParse(page.Half, out var pageHalf) || pageHalf == LabelHalf.All)
            {
                problems.Add($"page-metadata.tsv: {page.File} is in half '{page.Half}', not tune or blind");
                continue;
            }

            var pageRanges = byFile.GetValueOrDefault(page.File) ?? new List<LabelledRange>();
            if (pageRanges.Any(r => r.Half != page.Half))
            {
                problems.Add($"pages.tsv puts {page.File} in another half than page-metadata.tsv does");
            }

            var text = PageText.Read(Path.Combine(RepositoryPaths.Corpus!, CorpusFolder, page.File));
            if (!half.Includes(pageHalf))
            {
                // The other half's labels are checked too, but nothing of how the reader does there is computed.
                PageScore.LabelLines(text, pageRanges, page.File, problems);
                continue;
            }

            var model = ModelFates.Read(text);
            tally.Add(page, model.Article);
            scores.Add(PageScore.Score(text, model, pageRanges, page, problems));
        }

        return scores;
    }
}
