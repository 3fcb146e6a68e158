using System.Globalization;
using System.Text;
using CsCheck;

namespace ContentGen.Parsing.Tests.Pages.Printings;

/// <summary>
/// A page reads the same however a scrape prints it. Every tuning page is re-printed as real scrapes print pages
/// (hard-wrapped, one line per item, blank lines doubled or gone from the chrome, stray white space and CRLF, its chrome
/// cut at the top or bottom, a paragraph split in two), with each item's editorial fate unchanged; the title must stay,
/// every body item must stay in the paragraphs (headings in the headings or the body) and nothing may throw.
/// </summary>
public sealed class PrintingPropertyTests
{
    public static TheoryData<Printing> Printings() => new(Enum.GetValues<Printing>());

    /// <summary>Every page in the few fixed variants of one printing; the message counts the failures by language.</summary>
    [Theory]
    [MemberData(nameof(Printings))]
    public void EveryTuningPage_ReadsTheSame_InThisPrinting(Printing printing)
    {
        var pages = TuningPages.All;
        Assert.True(pages.Count > 200, $"Only {pages.Count} tuning pages were found beside the tests.");
        var failed = new List<(TuningPage Page, int Variant, List<string> Failures)>();
        foreach (var page in pages)
        {
            foreach (var variant in Variants(page, printing))
            {
                var printedText = PagePrintings.Print(page, printing, variant);
                if (Environment.GetEnvironmentVariable("PRINTINGS_DUMP") is { } dump)
                {
                    var file = Path.Combine(dump, printing.ToString(), page.Name.Replace(".txt", $"-{variant}.txt", StringComparison.Ordinal));
                    Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                    File.WriteAllText(file, printedText);
                }

                var failures = PrintedPageCheck.Failures(page, printedText);
                if (failures.Count > 0)
                {
                    failed.Add((page, variant, failures));
                }
            }
        }

        // With PRINTINGS_DUMP set, the census is also written beside the printed pages, failing or not.
        if (Environment.GetEnvironmentVariable("PRINTINGS_DUMP") is { } census)
        {
            File.WriteAllText(Path.Combine(census, printing + ".census.txt"), Census(printing, pages, failed));
        }

        // The census is the count; the test fails on a page that is not left open, or on one left open that reads right now.
        var unexpected = failed.Where(f => !OpenPrintings.IsOpen(printing, f.Page)).ToList();
        var fixedNow = pages.Where(p => OpenPrintings.IsOpen(printing, p) && failed.All(f => f.Page != p)).Select(p => p.Name).ToList();
        Assert.True(unexpected.Count == 0 && fixedNow.Count == 0, Census(printing, pages, failed)
            + (fixedNow.Count > 0 ? "  read right now, to take off OpenPrintings: " + string.Join(", ", fixedNow) + "\n" : string.Empty)
            + (unexpected.Count > 0 ? "  not left open: " + string.Join(", ", unexpected.Select(f => f.Page.Name).Distinct()) + "\n" : string.Empty));
    }

    /// <summary>
    /// Any page, any printing, any width, noise seed or paragraph: whatever the reader makes of it, it loses no text.
    /// Every word of the printed page is in the title, the source, a heading, a paragraph or what was set aside, as often
    /// as the page prints it. (Whether each lands where an editor would put it is the census's question, above; CsCheck
    /// shrinks a loss to the smallest page and printing it finds.)
    /// </summary>
    [Fact]
    public void AnyTuningPage_InAnyPrinting_LosesNoText()
    {
        var pages = TuningPages.All;
        Gen.Select(Gen.Int[0, pages.Count - 1], Gen.Enum<Printing>(), Gen.Int[0, 40])
            .Sample(
                sample => LostWords(PagePrintings.Print(pages[sample.Item1], sample.Item2, sample.Item3)).Count == 0,
                iter: 1_000,
                threads: 1,
                print: sample => $"{pages[sample.Item1].Name} {sample.Item2} {sample.Item3}: lost "
                    + string.Join(" ", LostWords(PagePrintings.Print(pages[sample.Item1], sample.Item2, sample.Item3))));
    }

    // The words of the page the article holds fewer times than the page prints them.
    private static List<string> LostWords(string page)
    {
        var article = ArticleParser.Parse(page);
        var kept = WordCounts(new[] { article.Title, article.Source ?? string.Empty }
            .Concat(article.Sections.Select(section => section.Heading ?? string.Empty))
            .Concat(article.Paragraphs.Select(paragraph => paragraph.Text))
            .Concat(article.Boilerplate.Select(item => item.Text)));
        return WordCounts([page]).Where(word => !kept.TryGetValue(word.Key, out var count) || count < word.Value).Select(word => word.Key).ToList();
    }

    // Words as runs of letters and digits: the reader may set white space and separators ("|", "·") apart from them.
    private static Dictionary<string, int> WordCounts(IEnumerable<string> texts)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
                if (inWord && start < 0)
                {
                    start = i;
                }
                else if (!inWord && start >= 0)
                {
                    var word = text[start..i];
                    counts[word] = counts.GetValueOrDefault(word) + 1;
                    start = -1;
                }
            }
        }

        return counts;
    }

    // Widths 60, 72 and 80; two noise seeds; up to three paragraphs to split; one printing otherwise.
    private static IEnumerable<int> Variants(TuningPage page, Printing printing) => printing switch
    {
        Printing.HardWrapped => [0, 12, 20],
        Printing.WhiteSpaceNoise => [1, 2],
        Printing.ParagraphSplit => Enumerable.Range(0, Math.Min(3, PagePrintings.Splittable(page))),
        _ => [0],
    };

    private static string Census(Printing printing, IReadOnlyList<TuningPage> pages, List<(TuningPage Page, int Variant, List<string> Failures)> failed)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{printing}: {failed.Select(f => f.Page).Distinct().Count()} of {pages.Count} pages fail");
        text.AppendLine("  lang  pages failing  body lost  heading lost  title wrong  threw");
        foreach (var language in pages.Select(p => p.Language).Distinct().Order(StringComparer.Ordinal))
        {
            var mine = failed.Where(f => f.Page.Language == language).ToList();
            int Count(string what) => mine.Sum(f => f.Failures.Count(x => x.StartsWith(what, StringComparison.Ordinal)));
            text.AppendLine(CultureInfo.InvariantCulture, $"  {language,-4}  {mine.Select(f => f.Page).Distinct().Count(),6} of {pages.Count(p => p.Language == language),2}  {Count("body lost"),9}  {Count("heading lost"),12}  {Count("title"),11}  {Count("threw"),5}");
        }

        foreach (var (page, variant, failures) in failed.Take(300))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {page.Name} #{variant}: {string.Join(" | ", failures)}");
        }

        return text.ToString();
    }
}
