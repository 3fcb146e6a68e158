using System;
using System.IO;
using System.Linq;
using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages.Matrix;

/// <summary>
/// The page matrix: a scraped page is a permutation of a few dozen standard elements, so pages assembled from them in
/// every language (<see cref="PageBuilder"/>) must each read as an editor reads them (<see cref="PageJudge"/>). A rule
/// fitted to one page shows here as the same page failing in another language or layout.
/// </summary>
public sealed class PageMatrixTests
{
    public static TheoryData<string> Languages() => new(PageElements.Languages);

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryAssembledPage_ReadsAsAnEditorReadsIt(string language)
    {
        var pages = PageBuilder.ForLanguage(language).ToList();
        var judged = pages.Select(x => (Page: x, Verdicts: PageJudge.Judge(x, ArticleParser.Parse(x.Text)))).ToList();
        var wrong = judged.Where(x => x.Verdicts.Any(v => !v.Right && !IsOpen(x.Page, v))).ToList();

        // PAGE_MATRIX_REPORT names a file to which each language's table is appended (the session's figures).
        var report = Environment.GetEnvironmentVariable("PAGE_MATRIX_REPORT");
        if (!string.IsNullOrEmpty(report))
        {
            var right = judged.Count(x => x.Verdicts.All(v => v.Right));
            File.AppendAllText(report, $"== {language}: {right} of {pages.Count} pages right ({pages.Count - wrong.Count} but for what is left open)\n"
                + PageJudge.Table(judged.SelectMany(x => x.Verdicts)) + string.Concat(wrong.Select(x => PageJudge.Describe(x.Page, x.Verdicts) + "\n")));
        }

        // PAGE_MATRIX_DUMP names a folder where each wrongly read page is written, to read it with the CLI.
        var dump = Environment.GetEnvironmentVariable("PAGE_MATRIX_DUMP");
        if (!string.IsNullOrEmpty(dump))
        {
            foreach (var (page, _) in wrong)
            {
                File.WriteAllText(Path.Combine(dump, page.Name.Replace(", ", "_", StringComparison.Ordinal).Replace(' ', '-') + ".txt"), page.Text);
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} of {pages.Count} pages read wrong:\n" + string.Join("\n", wrong.Take(8).Select(x => PageJudge.Describe(x.Page, x.Verdicts))));
    }

    // Left open, and reported in the table: with blank lines between them, the second headline of a "read also" box reads
    // as the article's subheading after the box's one link (SubheadingAfterReadAlsoTests); the page does not tell them apart.
    private static bool IsOpen(BuiltPage page, Verdict verdict) => verdict.Class == "readAlsoSecondHeadline" && page.BlankLines;

    [Fact]
    public void TheMatrix_IsBounded()
    {
        var pages = PageBuilder.All().ToList();

        Assert.InRange(pages.Count, 200, 600);
        Assert.Equal(pages.Count, pages.Select(x => x.Name).Distinct(StringComparer.Ordinal).Count());
    }
}
