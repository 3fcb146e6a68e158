using AngleSharp.Html.Parser;
using ContentGen.Cli.Tests.Infrastructure;

namespace ContentGen.Cli.Tests.Report;

/// <summary>
/// The report opened in a real browser (Debian's Chromium, headless): its script runs under the
/// page's Content-Security-Policy, sorting and filtering work, the hostile seed runs nothing, and
/// the page draws. These tests fail, never skip, where Chromium is missing or cannot start.
/// </summary>
public sealed class BrowserTests
{
    private const int Width = 1280;
    private const int Height = 900;

    [Fact]
    public void DumpedDom_ScriptRan_SortedAndFiltered_HostileSeedRanNothing()
    {
        using var folder = new TempFolder();
        var report = WriteReport(folder);

        var dom = Chromium.DumpDom(new Uri(report).AbsoluteUri + "#sort=-paragraphs&warnings");

        var document = new HtmlParser().ParseDocument(dom);
        var root = document.DocumentElement;
        // Set by the page's last statement: the script was allowed by the policy's hash and ran to its end.
        Assert.Equal("ran", root.GetAttribute("data-script"));
        Assert.False(root.HasAttribute("data-pwned"), "a hostile seed's payload ran: " + root.GetAttribute("data-pwned"));
        Assert.Equal("ContentGen report", document.Title);
        Assert.Single(document.Scripts);
        Assert.DoesNotContain(document.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));

        // The sample seed's title is shown, in the index and in its section.
        Assert.Contains(document.QuerySelectorAll("td[data-k='title']"), c => c.TextContent == "Russian representative takes stock of negotiations with NATO");
        Assert.Contains(document.QuerySelectorAll("summary .title"), c => c.TextContent == "Russian representative takes stock of negotiations with NATO");

        // Written in path order (000_… first), sorted by the script: most paragraphs first.
        var rows = document.QuerySelectorAll("table.index tbody tr");
        Assert.Equal(["FerryTimetable", "RussianRepresentativeTakesStockOfNegotiationsWithNato"], rows.Take(2).Select(r => r.QuerySelector("a")!.TextContent));
        var paragraphs = rows.Select(r => int.Parse(r.QuerySelector("td[data-k='paragraphs']")!.GetAttribute("data-v")!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(paragraphs.OrderDescending(), paragraphs);
        Assert.Equal("descending", document.QuerySelector("th[data-k='paragraphs']")!.GetAttribute("aria-sort"));

        // "&warnings": only the seeds with diagnostics stay visible.
        Assert.All(rows, r => Assert.Equal(r.GetAttribute("data-diagnostics") == "0", r.ClassList.Contains("hidden")));
        Assert.Contains(rows, r => !r.ClassList.Contains("hidden"));
        Assert.Contains(rows, r => r.ClassList.Contains("hidden"));
    }

    [Fact]
    public void Screenshot_IsAPngOfTheWindowSize_ThatIsNotBlank()
    {
        using var folder = new TempFolder();
        var report = WriteReport(folder);

        var bytes = Chromium.Screenshot(new Uri(report).AbsoluteUri, Width, Height, Path.Combine(folder.Path, "report.png"));

        var png = Png.Decode(bytes);
        Assert.Equal((Width, Height), (png.Width, png.Height));
        // A blank page is one colour; the report draws text, charts and coloured line marks.
        Assert.True(png.Colours() > 50, "the screenshot holds only " + png.Colours() + " colours");
        Assert.True(png.PixelsUnlikeBackground() > Width * Height / 50, "the screenshot is nearly blank: " + png.PixelsUnlikeBackground() + " pixels differ from the background");
    }

    // The sample seed, a seed with more paragraphs than it, the hostile seed and one with a warning.
    private static string WriteReport(TempFolder folder)
    {
        folder.Write("seeds/000_7f261bbe20e88e81.txt", File.ReadAllText(Tool.OriginalSeed));
        folder.Write("seeds/ferry-timetable.txt", FerryTimetable());
        folder.Write("seeds/hostile.txt", Seeds.Hostile);
        folder.Write("seeds/unclosed.txt", Seeds.Unclosed);
        var report = Path.Combine(folder.Path, "report.html");

        var result = Tool.Run("report", Path.Combine(folder.Path, "seeds"), "-o", report);

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(report), result.Error);
        return report;
    }

    // A title and eight one-sentence paragraphs: more than the sample seed's six.
    private static string FerryTimetable()
        => "Ferry timetable changes for the summer\n\n" + string.Join("\n\n", Enumerable.Range(1, 8).Select(i => $"The ferry number {i} leaves the north quay every morning at a new time this summer."));
}
