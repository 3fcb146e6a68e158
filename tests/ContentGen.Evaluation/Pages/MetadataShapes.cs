using ContentGen.Parsing;

namespace ContentGen.Evaluation.Pages;

/// <summary>
/// Reads every dateline, byline and headline form of each language's grid on a page of its own: a grid that
/// shows which forms of a language the reader handles, where pages show only the forms their site
/// happened to print. See <c>Invented/MetadataShapes/README.md</c> for the format.
/// </summary>
public static class MetadataShapes
{
    /// <summary>The folder of grid files, one per language.</summary>
    public static string Folder { get; } = GridFiles.Folder("MetadataShapes");

    /// <summary>Reads every item and prints, per language and field, how many were right.</summary>
    /// <returns>0, or 1 when a grid file is malformed.</returns>
    public static int Run(TextWriter output)
    {
        if (!GridFiles.TryReadAll(Folder, MetadataGrid.Read, output, out var grids))
        {
            return 1;
        }

        var misses = new List<string>();
        output.WriteLine("metadata shapes: each dateline, byline and headline read on a page of its own");
        output.WriteLine($"  {"language",-8} {"field",-6} {"right",7} {"wrong",6} {"none",6} {"prose lost",10} {"title wrong",11}");
        var (allRight, allCount) = (0, 0);
        foreach (var grid in grids)
        {
            foreach (var field in new[] { "date", "author", "title" })
            {
                var (right, wrong, none, lost, titles, count) = (0, 0, 0, 0, 0, 0);
                foreach (var item in grid.Items.Where(item => item.Field == field))
                {
                    count++;
                    var article = ArticleParser.Parse(grid.Page(item));
                    var given = field switch { "date" => article.Published, "author" => article.Author, _ => article.Title + " / " + (article.Source ?? "-") };
                    var expected = field == "title" ? item.Expected + " / " + (item.Source ?? "-") : item.Expected;
                    var proseKept = grid.Prose.All(text => article.Paragraphs.Any(paragraph => paragraph.Text == text));
                    var titleRight = article.Title == grid.TitleOf(item);
                    lost += proseKept ? 0 : 1;
                    titles += titleRight ? 0 : 1;
                    if (IsRight(field, expected, given) && proseKept && titleRight)
                    {
                        right++;
                        continue;
                    }

                    if (given is null)
                    {
                        none++;
                    }
                    else if (!IsRight(field, expected, given))
                    {
                        wrong++;
                    }

                    var problems = (proseKept ? string.Empty : "; prose lost") + (titleRight ? string.Empty : "; title " + article.Title);
                    misses.Add($"  {grid.Language} {field} {item.Place.ToString().ToLowerInvariant()}: \"{item.Line}\": expected {expected ?? "-"}, got {given ?? "-"}{problems}");
                }

                allRight += right;
                allCount += count;
                output.WriteLine($"  {grid.Language,-8} {field,-6} {GridFiles.Ratio(right, count),7} {wrong,6} {none,6} {lost,10} {titles,11}");
            }
        }

        output.WriteLine($"  {"all",-8} {string.Empty,-6} {GridFiles.Ratio(allRight, allCount),7}");
        output.WriteLine();
        output.WriteLine($"misses: {misses.Count}");
        misses.ForEach(output.WriteLine);
        return 0;
    }


    // Dates and titles are compared exactly; authors ignoring case and runs of white space, as the pages evaluation does.
    private static bool IsRight(string field, string? expected, string? given)
        => expected is null || given is null
            ? expected is null && given is null
            : field != "author" ? string.Equals(expected, given, StringComparison.Ordinal) : string.Equals(Normal(expected), Normal(given), StringComparison.OrdinalIgnoreCase);

    private static string Normal(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
