using System.Globalization;

namespace ContentGen.Cli.Report;

/// <summary>
/// Writes one seed's section: a collapsible block headed by the type name, with the model's values,
/// the generated members, and every line marked with its fate, its quotes and its diagnostics.
/// </summary>
internal static class SeedHtml
{
    /// <summary>Reports over more seeds than this start with every section collapsed, so that a corpus page opens fast.</summary>
    public const int OpenSeedLimit = 20;

    /// <summary>Sections with more lines than this start collapsed even in a small report.</summary>
    public const int OpenLineLimit = 150;

    /// <summary>Writes <paramref name="seed"/>; <paramref name="open"/> says whether short sections start open.</summary>
    public static void Write(SeedPage seed, bool open, TextWriter output)
    {
        output.Write("<details class=\"seed\" id=\"" + seed.Id + "\"" + (open && seed.Lines.Count <= OpenLineLimit ? " open" : string.Empty) + ">\n<summary><span class=\"type\">");
        HtmlText.Write(output, seed.TypeName ?? "(nothing generated)");
        output.Write("</span> <span class=\"title\">");
        HtmlText.Write(output, seed.Title);
        output.Write("</span> <span class=\"counts\">");
        HtmlText.Write(output, seed.Path);
        output.Write(" · " + ReportHtml.Count(seed.Stats.Paragraphs, "paragraph") + " · " + ReportHtml.Count(seed.Stats.Quotes, "quote"));
        if (seed.Stats.Warnings + seed.Stats.Errors > 0)
        {
            output.Write(" · " + ReportHtml.Count(seed.Stats.Warnings, "warning") + ", " + ReportHtml.Count(seed.Stats.Errors, "error"));
        }

        output.Write("</span></summary>\n<dl class=\"fields\">");
        foreach (var field in seed.Fields)
        {
            output.Write("<dt>");
            HtmlText.Write(output, field.Name);
            output.Write("</dt><dd>");
            HtmlText.Write(output, field.Value);
            output.Write("</dd>");
        }

        output.Write("<dt>Members</dt><dd class=\"members\">");
        HtmlText.Write(output, seed.Members.Count == 0 ? "(none: nothing is generated for this file)" : string.Join(", ", seed.Members));
        output.Write("</dd></dl>\n");

        foreach (var diagnostic in seed.FileDiagnostics)
        {
            WriteDiagnostic(diagnostic, output);
        }

        output.Write("<div class=\"lines\">\n");
        foreach (var line in seed.Lines)
        {
            WriteLine(line, seed.Quotes, output);
        }

        output.Write("</div>\n</details>\n");
    }

    private static void WriteLine(PageLine line, IReadOnlyList<PlacedQuote> quotes, TextWriter output)
    {
        var fate = line.Fate;
        output.Write("<div class=\"ln f-" + Class(fate.Kind) + (fate.Continues ? " c" : string.Empty) + "\" data-line=\"" + Number(line.Number) + "\"><i>" + Number(line.Number) + "</i><b>");
        HtmlText.Write(output, fate.Label);
        output.Write("</b><span>");
        WriteText(line, quotes, output);
        output.Write("</span></div>\n");
        foreach (var diagnostic in line.Diagnostics)
        {
            WriteDiagnostic(diagnostic, output);
        }
    }

    // The line's text with its quotes marked and a pin at each diagnostic's column. A quote that
    // runs over lines is marked on each; its speaker is named where it ends.
    private static void WriteText(PageLine line, IReadOnlyList<PlacedQuote> quotes, TextWriter output)
    {
        var end = line.Offset + line.Text.Length;
        var cuts = new List<(int At, int Order, string Html)>();
        foreach (var quote in quotes)
        {
            var from = Math.Max(quote.Start, line.Offset);
            var to = Math.Min(quote.End, end);
            if (from >= to)
            {
                // Not on this line, or over none of its characters (an empty line inside the quote).
                continue;
            }

            cuts.Add((from - line.Offset, 2, "<mark class=\"q\" data-quote=\"" + Number(quote.Number) + "\">"));
            var close = "</mark>";
            if (quote.End <= end)
            {
                close += quote.Speaker is null
                    ? "<span class=\"who none\">Quote" + Number(quote.Number) + ": no speaker</span>"
                    : "<span class=\"who\">Quote" + Number(quote.Number) + ": " + HtmlText.Escape(quote.Speaker) + "</span>";
            }

            cuts.Add((to - line.Offset, 0, close));
        }

        foreach (var diagnostic in line.Diagnostics)
        {
            var at = Math.Clamp(diagnostic.Offset - line.Offset, 0, line.Text.Length);
            cuts.Add((at, 1, "<span class=\"pin\" title=\"" + HtmlText.Escape(diagnostic.Id) + "\"></span>"));
        }

        cuts.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Order.CompareTo(b.Order));
        var written = 0;
        foreach (var (at, _, html) in cuts)
        {
            HtmlText.Write(output, line.Text.Substring(written, at - written));
            output.Write(html);
            written = at;
        }

        HtmlText.Write(output, line.Text.Substring(written));
    }

    private static void WriteDiagnostic(PlacedDiagnostic diagnostic, TextWriter output)
    {
        output.Write("<div class=\"ln\"><i></i><b></b><div class=\"diag " + diagnostic.Severity + "\" data-id=\"");
        HtmlText.Write(output, diagnostic.Id);
        output.Write("\">");
        if (diagnostic.Line > 0)
        {
            output.Write("(" + Number(diagnostic.Line) + "," + Number(diagnostic.Column) + ") ");
        }

        HtmlText.Write(output, diagnostic.Severity + " " + diagnostic.Id + ": " + diagnostic.Message);
        output.Write("</div></div>\n");
    }

    private static string Class(FateKind kind) => kind.ToString().ToLowerInvariant();

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
