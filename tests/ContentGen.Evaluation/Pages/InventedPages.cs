using System.Globalization;

namespace ContentGen.Evaluation.Pages;

/// <summary>
/// Pages written for the project in each language (<c>Invented/Pages/&lt;lang&gt;/*.txt</c>), each with
/// <c>*.lines.tsv</c> (every line's fate) and <c>*.meta.tsv</c> (title, source, author, date, language).
/// Their text is the project's own, so their titles and sources are compared as text too.
/// </summary>
internal static class InventedPages
{
    /// <summary>The folder of invented pages the rules are tuned on.</summary>
    public static string Folder { get; } = Path.Combine(RepositoryPaths.Root, "tests", "ContentGen.Evaluation", "Invented", "Pages");

    /// <summary>
    /// Invented pages held out from tuning, in the same layout: only their figures by language are
    /// printed, never a page's misses, so that they stay evidence of how the reader does on pages
    /// no rule was fitted to.
    /// </summary>
    public static string HeldOutFolder { get; } = Path.Combine(RepositoryPaths.Root, "tests", "ContentGen.Evaluation", "Invented", "PagesHeldOut");

    /// <summary>Scores every invented page in <paramref name="folder"/>, by language.</summary>
    public static List<InventedScore> Score(string folder, List<string> problems)
    {
        var scores = new List<InventedScore>();
        if (!Directory.Exists(folder))
        {
            return scores;
        }

        foreach (var path in Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var stem = path[..^".txt".Length];
            var language = Path.GetFileName(Path.GetDirectoryName(path))!;
            var expected = PageLabels.ReadInventedMetadata(stem + ".meta.tsv");
            var ranges = PageLabels.ReadRanges(stem + ".lines.tsv");
            var file = Path.GetFileName(path);
            if (expected.File != file || ranges.Any(r => r.File != file))
            {
                problems.Add($"{stem}: the expectations name another file than {file}");
            }

            if (expected.Language != language)
            {
                problems.Add($"{stem}: the expected language {expected.Language} is not the folder's, {language}");
            }

            var text = PageText.Read(path);
            var model = ModelFates.Read(text);
            var score = PageScore.Score(text, model, ranges, expected, problems);
            scores.Add(new InventedScore(language, score, expected, model.Article));
        }

        return scores;
    }

    /// <summary>Prints the invented pages' figures, one row per language, then, unless they are held out, one per page.</summary>
    public static void Print(List<InventedScore> scores, bool heldOut)
    {
        var name = heldOut ? "Invented pages held out from tuning (figures only)" : "Invented pages";
        Console.WriteLine($"{name}: {scores.Count} pages in {scores.Select(s => s.Language).Distinct().Count()} languages");
        Console.WriteLine("  lang pages  drop removed  body kept  heading F1  title lines  title text  source  author/date/language right");
        foreach (var group in scores.GroupBy(s => s.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var totals = new PageTotals(group.Select(s => s.Score).ToList());
            var metadata = new MetadataTally();
            foreach (var score in group)
            {
                metadata.Add(score.Expected, score.Article);
            }

            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {group.Key,-4} {totals.Pages,5}  {PageTotals.Format(totals.DropRate, totals.DropLines),12}  {PageTotals.Format(totals.BodyKept, totals.BodyLines),9}  {totals.HeadingF1,10:0.00}  {totals.TitlesRight,7} of {totals.Pages}  {group.Count(s => s.TitleTextRight),6} of {totals.Pages}  {group.Count(s => s.SourceRight),2} of {totals.Pages}  {metadata.AuthorsRight}/{metadata.AuthorsGiven} {metadata.DatesRight}/{metadata.DatesGiven} {metadata.LanguagesRight}/{metadata.Pages}"));
        }

        if (heldOut)
        {
            return;
        }

        Console.WriteLine("  per page: drop removed/lines, body kept/lines, headings lab/found/ok, title text and source as read");
        foreach (var score in scores)
        {
            var s = score.Score;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"    {score.Language}/{s.File}: drop {s.Removed}/{s.DropLines}, body {s.Kept}/{s.BodyLines}, headings {s.LabelledHeadings}/{s.ModelHeadings}/{s.MatchedHeadings}, title lines {(s.TitleRight ? "right" : "wrong")}, title {Mark(score.TitleTextRight)} \"{score.Title}\", source {Mark(score.SourceRight)} \"{score.Source ?? "-"}\", author \"{score.Article.Author ?? "-"}\", published {score.Article.Published ?? "-"}, language {score.Article.Language ?? "-"}; drop kept at {PageReport.Ranges(s.KeptDropLines)}; body lost at {PageReport.Ranges(s.LostBodyLines)}"));
        }
    }

    private static string Mark(bool right) => right ? "right" : "wrong";
}

/// <summary>One invented page's score, with the title and source the reader gave.</summary>
/// <param name="Language">The page's language, its folder's name.</param>
/// <param name="Score">The line and heading scores.</param>
/// <param name="Expected">What the page should read as.</param>
/// <param name="Article">What the reader made of the page.</param>
internal sealed record InventedScore(string Language, PageScore Score, PageMetadata Expected, ContentGen.Parsing.Article Article)
{
    /// <summary>The title the reader gave.</summary>
    public string Title => Article.Title;

    /// <summary>The site name the reader split off, or <see langword="null"/>.</summary>
    public string? Source => Article.Source;

    /// <summary>Whether the title text is exactly the expected one.</summary>
    public bool TitleTextRight => string.Equals(Title, Expected.Title, StringComparison.Ordinal);

    /// <summary>Whether the site name is exactly the expected one, none included.</summary>
    public bool SourceRight => string.Equals(Source, Expected.Source, StringComparison.Ordinal);
}
