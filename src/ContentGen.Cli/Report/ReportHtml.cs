using System.Globalization;

namespace ContentGen.Cli.Report;

/// <summary>
/// Writes the report as one self-contained HTML page: inline style and script allowed by hash in a
/// Content-Security-Policy meta tag, nothing fetched, every untrusted string through <see cref="HtmlText"/>.
/// </summary>
internal static class ReportHtml
{
    /// <summary>The index columns: key (for sorting and the <c>#sort=</c> link) and heading.</summary>
    public static IReadOnlyList<(string Key, string Heading)> Columns { get; } =
    [
        ("type", "Type"),
        ("title", "Title"),
        ("paragraphs", "Paragraphs"),
        ("quotes", "Quotes"),
        ("speakers", "With speaker"),
        ("boilerplate", "Boilerplate lines"),
        ("warnings", "Warnings"),
        ("errors", "Errors"),
    ];

    /// <summary>Writes <paramref name="page"/> to <paramref name="output"/>.</summary>
    public static void Write(ReportPage page, TextWriter output)
    {
        output.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"");
        HtmlText.Write(output, PageAssets.ContentSecurityPolicy);
        output.Write("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>ContentGen report</title>\n<style>");
        output.Write(PageAssets.Style);
        output.Write("</style>\n</head>\n<body>\n<h1>ContentGen report</h1>\n<p class=\"sub\">");
        output.Write(Count(page.Seeds.Count, "seed"));
        output.Write(": each line of each file with what the reader made of it.</p>\n");

        WriteCharts(page, output);
        WriteIndex(page, output);
        WriteLegend(output);
        var open = page.Seeds.Count <= SeedHtml.OpenSeedLimit;
        foreach (var seed in page.Seeds)
        {
            SeedHtml.Write(seed, open, output);
        }

        output.Write("<script>");
        output.Write(PageAssets.Script);
        output.Write("</script>\n</body>\n</html>\n");
    }

    /// <summary><paramref name="count"/> and <paramref name="noun"/>, plural unless 1.</summary>
    public static string Count(int count, string noun)
        => count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");

    private static void WriteCharts(ReportPage page, TextWriter output)
    {
        output.Write("<div class=\"charts\">\n<figure>");
        ChartSvg.Write(output, page.SpeakerShares, "Seeds by share of quotes with a speaker");
        output.Write("<figcaption>Share of quotes with a speaker (");
        output.Write(Count(page.SpeakerShares.Left, "seed"));
        output.Write(" without quotes left out)</figcaption></figure>\n<figure>");
        ChartSvg.Write(output, page.BoilerplateShares, "Seeds by share of lines set aside as boilerplate");
        output.Write("<figcaption>Share of lines set aside as boilerplate</figcaption></figure>\n</div>\n");
    }

    private static void WriteIndex(ReportPage page, TextWriter output)
    {
        output.Write("<h2>Index</h2>\n<p class=\"controls\"><label><input type=\"checkbox\" id=\"only-warnings\"> only seeds with warnings or errors</label> · click a column to sort</p>\n");
        output.Write("<table class=\"index\">\n<thead><tr>");
        foreach (var (key, heading) in Columns)
        {
            output.Write("<th data-k=\"" + key + "\" aria-sort=\"none\">" + heading + "</th>");
        }

        output.Write("</tr></thead>\n<tbody>\n");
        foreach (var seed in page.Seeds)
        {
            var stats = seed.Stats;
            output.Write("<tr data-diagnostics=\"" + Number(stats.Warnings + stats.Errors) + "\"><td data-k=\"type\"><a href=\"#" + seed.Id + "\">");
            HtmlText.Write(output, seed.TypeName ?? "(nothing generated)");
            output.Write("</a></td><td data-k=\"title\">");
            HtmlText.Write(output, seed.Title);
            output.Write("</td>");
            NumberCell(output, "paragraphs", stats.Paragraphs);
            NumberCell(output, "quotes", stats.Quotes);
            ShareCell(output, "speakers", stats.SpeakerShare);
            ShareCell(output, "boilerplate", stats.BoilerplateShare);
            NumberCell(output, "warnings", stats.Warnings, stats.Warnings > 0 ? "warn" : null);
            NumberCell(output, "errors", stats.Errors, stats.Errors > 0 ? "err" : null);
            output.Write("</tr>\n");
        }

        output.Write("</tbody>\n</table>\n");
    }

    private static void WriteLegend(TextWriter output)
        => output.Write("<h2>Seeds</h2>\n<p class=\"legend\"><span class=\"f-title\">title</span><span class=\"f-heading\">heading</span><span class=\"f-paragraph\">paragraph</span><span class=\"f-boilerplate\">boilerplate</span><span class=\"f-field\">other value</span><span class=\"f-unread\">not read</span><mark class=\"q\">quote</mark><span class=\"who\">speaker</span><span class=\"who none\">no speaker</span></p>\n");

    private static void NumberCell(TextWriter output, string key, int value, string? style = null)
        => output.Write("<td data-k=\"" + key + "\" class=\"n" + (style is null ? string.Empty : " " + style) + "\" data-v=\"" + Number(value) + "\">" + Number(value) + "</td>");

    // A seed with no share (no quotes) sorts below every share, and shows a dash.
    private static void ShareCell(TextWriter output, string key, double? share)
        => output.Write("<td data-k=\"" + key + "\" class=\"n\" data-v=\"" + (share is { } value ? value.ToString("0.####", CultureInfo.InvariantCulture) : "-1") + "\">" + Percent(share) + "</td>");

    /// <summary><paramref name="share"/> as a whole percentage, or a dash.</summary>
    public static string Percent(double? share)
        => share is { } value ? Math.Round(value * 100).ToString(CultureInfo.InvariantCulture) + "%" : "–";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
