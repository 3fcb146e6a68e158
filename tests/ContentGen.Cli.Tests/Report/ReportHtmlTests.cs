using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ContentGen.Cli.Report;
using ContentGen.Cli.Tests.Infrastructure;
using ContentGen.Tests.Infrastructure;

namespace ContentGen.Cli.Tests.Report;

/// <summary>The report's HTML, parsed with AngleSharp as a browser would parse it.</summary>
public sealed class ReportHtmlTests
{
    private static readonly (string Path, string Text)[] s_seeds =
    [
        ("seeds/000_7f261bbe20e88e81.txt", File.ReadAllText(Tool.OriginalSeed)),
        ("seeds/hostile <i>name</i>&.txt", Seeds.Hostile),
        ("seeds/unclosed.txt", Seeds.Unclosed),
        ("seeds/wrapped.txt", Seeds.Wrapped),
    ];

    [Fact]
    public void Document_ParsesWithoutErrors_AndHasASectionAndIndexRowPerSeed()
    {
        var page = Pages.Of(s_seeds);

        var document = Pages.Parse(Pages.Html(page));

        var sections = document.QuerySelectorAll("details.seed");
        Assert.Equal(s_seeds.Length, sections.Length);
        Assert.Equal(page.Seeds.Select(s => s.Id), sections.Select(s => s.Id));
        var rows = document.QuerySelectorAll("table.index tbody tr");
        Assert.Equal(page.Seeds.Select(s => "#" + s.Id), rows.Select(r => r.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal(s_seeds.Select(s => s.Path), sections.Select(s => s.QuerySelector("summary .counts")!.TextContent.Split(" · ")[0]));
        Assert.Equal(2, document.QuerySelectorAll("div.charts svg").Length);
    }

    [Fact]
    public void EveryLine_CarriesTheFateOfTheModel()
    {
        var page = Pages.Of(s_seeds);

        var document = Pages.Parse(Pages.Html(page));

        foreach (var seed in page.Seeds)
        {
            var lines = document.QuerySelectorAll("#" + seed.Id + " div.ln[data-line]");
            Assert.Equal(seed.Lines.Count, lines.Length);
            foreach (var line in seed.Lines)
            {
                var element = lines[line.Number - 1];
                Assert.Equal(line.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), element.GetAttribute("data-line"));
                Assert.Contains("f-" + line.Fate.Kind.ToString().ToLowerInvariant(), element.ClassList);
                Assert.Equal(line.Fate.Continues, element.ClassList.Contains("c"));
                Assert.Equal(line.Fate.Label, element.QuerySelector("b")!.TextContent);
                Assert.Equal(line.Text, Text(element));
            }
        }
    }

    [Fact]
    public void SampleSeed_ShowsTitleHeadingAndTheReadersMarksByLine()
    {
        var document = Pages.Parse(Pages.Html(Pages.Of(s_seeds[0])));

        Assert.Equal("RussianRepresentativeTakesStockOfNegotiationsWithNato", document.QuerySelector("#s1 summary .type")!.TextContent);
        Assert.Equal("Title + Source", Pages.Line(document, "s1", 2).QuerySelector("b")!.TextContent);
        Assert.Equal("Heading1", Pages.Line(document, "s1", 8).QuerySelector("b")!.TextContent);
        Assert.Equal("Navigation", Pages.Line(document, "s1", 1).QuerySelector("b")!.TextContent);
        Assert.Contains("Quote1, Quote2", document.QuerySelector("#s1 .members")!.TextContent, StringComparison.Ordinal);
        // Line 14 of the seed holds « very seriously » and « not hopeless », French style, with no-break spaces.
        var marks = Pages.Line(document, "s1", 14).QuerySelectorAll("mark.q");
        Assert.Equal(["«\u00A0very seriously\u00A0»", "«\u00A0not hopeless\u00A0»"], marks.Select(m => m.TextContent));
    }

    [Fact]
    public void Quotes_ShowTheirSpeakerOrAVisibleNoSpeakerMark()
    {
        var page = Pages.Of(("seeds/wrapped.txt", Seeds.Wrapped));
        var quotes = page.Seeds[0].Quotes;

        var document = Pages.Parse(Pages.Html(page));

        var labels = document.QuerySelectorAll("#s1 .who");
        Assert.Equal(quotes.Count, labels.Length);
        for (var i = 0; i < quotes.Count; i++)
        {
            var expected = "Quote" + (i + 1) + ": " + (quotes[i].Speaker ?? "no speaker");
            Assert.Equal(expected, labels[i].TextContent);
            Assert.Equal(quotes[i].Speaker is null, labels[i].ClassList.Contains("none"));
        }

        // The second quote, "closed until spring", has no one to say it.
        Assert.Contains(labels, l => l.ClassList.Contains("none"));
    }

    [Fact]
    public void Diagnostic_StandsUnderItsLine_WithPositionIdAndMessage_AndAPinAtItsColumn()
    {
        var document = Pages.Parse(Pages.Html(Pages.Of(("seeds/unclosed.txt", Seeds.Unclosed))));

        var line = Pages.Line(document, "s1", 3);
        var diagnostic = line.NextElementSibling!.QuerySelector(".diag")!;
        Assert.StartsWith("(3,16) warning CG0004: The quotation starting", diagnostic.TextContent, StringComparison.Ordinal);
        Assert.Contains("warning", diagnostic.ClassList);
        // The pin stands just before the opening mark, 15 characters into the line.
        var span = line.QuerySelector("span")!;
        var beforePin = span.ChildNodes.TakeWhile(n => n is not IElement { ClassName: "pin" }).Sum(n => n.TextContent.Length);
        Assert.Equal(15, beforePin);
    }

    [Fact]
    public void HostileSeed_RendersAsText_WithNoScriptHandlerOrLinkOfItsOwn()
    {
        var html = Pages.Html(Pages.Of(s_seeds));

        var document = Pages.Parse(html);

        Assert.Single(document.Scripts);
        Assert.Single(document.QuerySelectorAll("style"));
        Assert.Empty(document.QuerySelectorAll("img, iframe, object, embed, form, base, link, svg svg, details details"));
        Assert.DoesNotContain(document.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.All(document.QuerySelectorAll("[href]"), a => Assert.StartsWith("#s", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Equal(2, document.QuerySelectorAll("svg").Length);
        Assert.DoesNotContain("<script>document", html, StringComparison.Ordinal);

        // Every hostile line is shown exactly as the file holds it.
        var hostile = Seeds.Hostile.Split('\n');
        for (var n = 1; n <= 7; n++)
        {
            Assert.Equal(hostile[n - 1], Text(Pages.Line(document, "s2", n)));
        }

        Assert.Equal("seeds/hostile <i>name</i>&.txt", document.QuerySelector("#s2 summary .counts")!.TextContent.Split(" · ")[0]);
        Assert.StartsWith("<script>", document.QuerySelector("table.index tbody tr:nth-child(2) td[data-k='title']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ContentSecurityPolicy_AllowsExactlyThePagesOwnStyleAndScript()
    {
        var document = Pages.Parse(Pages.Html(Pages.Of(s_seeds[0])));

        var head = document.Head!.Children;
        var policyIndex = head.Index(head.Single(e => e.GetAttribute("http-equiv") == "Content-Security-Policy"));
        var policy = head[policyIndex].GetAttribute("content")!;
        Assert.True(policyIndex < head.Index(document.QuerySelector("style")!), "the policy must come before the style it governs");
        var directives = policy.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d[(d.IndexOf(' ') + 1)..]);
        Assert.Equal("'none'", directives["default-src"]);
        Assert.Equal("'none'", directives["img-src"]);
        Assert.Equal("'" + Sha256(document.QuerySelector("style")!.TextContent) + "'", directives["style-src"]);
        Assert.Equal("'" + Sha256(((IHtmlScriptElement)document.Scripts[0]).Text) + "'", directives["script-src"]);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
    }

    [Fact]
    public void PageAssets_AreTheFilesInTheRepository()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "src", "ContentGen.Cli", "Report");

        Assert.Equal(File.ReadAllText(Path.Combine(folder, "report.js")).Replace("\r\n", "\n", StringComparison.Ordinal), PageAssets.Script);
        Assert.Equal(File.ReadAllText(Path.Combine(folder, "report.css")).Replace("\r\n", "\n", StringComparison.Ordinal), PageAssets.Style);
    }

    [Fact]
    public void ManySeeds_StartCollapsed_FewStartOpen()
    {
        var few = Pages.Parse(Pages.Html(Pages.Of(s_seeds)));
        var many = Enumerable.Range(0, SeedHtml.OpenSeedLimit + 1).Select(i => ("seeds/" + i + ".txt", Seeds.Wrapped)).ToArray();
        var manyDocument = Pages.Parse(Pages.Html(Pages.Of(many)));

        Assert.All(few.QuerySelectorAll("details.seed"), d => Assert.True(d.HasAttribute("open")));
        Assert.All(manyDocument.QuerySelectorAll("details.seed"), d => Assert.False(d.HasAttribute("open")));
    }

    [Fact]
    public void IndexRow_ShowsTheSeedsFigures()
    {
        var document = Pages.Parse(Pages.Html(Pages.Of(("seeds/unclosed.txt", Seeds.Unclosed))));

        var row = document.QuerySelector("table.index tbody tr")!;
        string Cell(string key) => row.QuerySelector("td[data-k='" + key + "']")!.TextContent;
        Assert.Equal("Council budget agreed after long night", Cell("title"));
        Assert.Equal("1", Cell("paragraphs"));
        Assert.Equal("0", Cell("quotes"));
        Assert.Equal("–", Cell("speakers"));
        Assert.Equal("0%", Cell("boilerplate"));
        Assert.Equal("1", Cell("warnings"));
        Assert.Equal("0", Cell("errors"));
        Assert.Equal("1", row.GetAttribute("data-diagnostics"));
    }

    [Fact]
    public void QuoteOverAnEmptyLine_IsMarkedOnTheLinesItCovers_AndTheDocumentStaysWellFormed()
    {
        // Offsets: line 1 "«a" 0–2, line 2 "" at 3, line 3 "b»" 4–6; the quote covers 0–6.
        LineFate paragraph = new(FateKind.Paragraph, "Paragraph1", false);
        var lines = new[]
        {
            new PageLine(1, 0, "«a", paragraph, []),
            new PageLine(2, 3, string.Empty, LineFate.Blank, []),
            new PageLine(3, 4, "b»", paragraph with { Continues = true }, []),
        };
        var seed = new SeedPage("s1", "seeds/q.txt", "Q", "Q", [], lines, [new PlacedQuote(1, 0, 6, null)], [], [], new SeedStats(1, 1, 0, 2, 0, 0, 0));
        var page = new ReportPage([seed], Histogram.Of([]), Histogram.Of([]));

        var document = Pages.Parse(Pages.Html(page));

        Assert.Equal(["«a", "b»"], document.QuerySelectorAll("#s1 mark.q").Select(m => m.TextContent));
        Assert.Empty(Pages.Line(document, "s1", 2).QuerySelectorAll("mark"));
        Assert.Equal("Quote1: no speaker", Assert.Single(document.QuerySelectorAll("#s1 .who")).TextContent);
        Assert.Same(Pages.Line(document, "s1", 3), document.QuerySelector("#s1 .who")!.Closest("div.ln"));
    }

    // A line's text as the reader sees it: the text of its content span without the speaker labels.
    private static string Text(IElement line)
    {
        var span = (IElement)line.QuerySelector("span")!.Clone();
        foreach (var label in span.QuerySelectorAll(".who").ToArray())
        {
            label.Remove();
        }

        return span.TextContent;
    }

    private static string Sha256(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
