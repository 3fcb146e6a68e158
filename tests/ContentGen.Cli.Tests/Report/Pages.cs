using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ContentGen.Cli.Generation;
using ContentGen.Cli.Report;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Cli.Tests.Report;

/// <summary>Builds report pages from invented seeds, through the real generator, without touching the disk.</summary>
internal static class Pages
{
    /// <summary>The page model for <paramref name="seeds"/> (path and text), in the order given.</summary>
    public static ReportPage Of(params (string Path, string Text)[] seeds)
    {
        var decoded = seeds.Select(seed => (seed.Path, (SourceText?)SourceText.From(seed.Text))).ToArray();
        var run = GeneratorRun.Execute(decoded, rootNamespace: null, projectDirectory: "/", readArticles: true, TestContext.Current.CancellationToken);
        return SeedPageBuilder.Build(run.Seeds);
    }

    /// <summary>The page model of one seed.</summary>
    public static SeedPage Seed(string text, string path = "seeds/story.txt") => Of((path, text)).Seeds.Single();

    /// <summary>The page's HTML.</summary>
    public static string Html(ReportPage page)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        ReportHtml.Write(page, writer);
        return writer.ToString();
    }

    /// <summary>Parses <paramref name="html"/> as a browser would, failing on any parse error.</summary>
    public static IHtmlDocument Parse(string html)
    {
        var parser = new HtmlParser();
        var errors = new List<string>();
        parser.Error += (_, e) => errors.Add(e is AngleSharp.Html.Dom.Events.HtmlErrorEvent error
            ? error.Code + " at " + error.Position + ": " + error.Message + " near «" + Near(html, error.Position.Position) + "»"
            : "parse error");
        var document = parser.ParseDocument(html);
        Assert.Empty(errors);
        return document;
    }

    private static string Near(string html, int position)
    {
        var start = Math.Clamp(position - 60, 0, html.Length);
        return html.Substring(start, Math.Min(120, html.Length - start));
    }

    /// <summary>The page's line element for line <paramref name="number"/> of the seed section <paramref name="seedId"/>.</summary>
    public static AngleSharp.Dom.IElement Line(IHtmlDocument document, string seedId, int number)
        => document.QuerySelector("#" + seedId + " div.ln[data-line='" + number + "']") ?? throw new InvalidOperationException("no line " + number + " in " + seedId);
}
