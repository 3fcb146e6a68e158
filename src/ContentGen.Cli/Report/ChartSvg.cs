using System.Globalization;

namespace ContentGen.Cli.Report;

/// <summary>Draws a <see cref="Histogram"/> as a small inline SVG bar chart; every number in it is the tool's own.</summary>
internal static class ChartSvg
{
    private const int Width = 350;
    private const int Height = 150;
    private const int Left = 34;
    private const int Bottom = 20;
    private const int Top = 8;
    private const int BarWidth = (Width - Left - 16) / Histogram.Bins;

    /// <summary>Writes the chart of <paramref name="histogram"/>, described by <paramref name="label"/>.</summary>
    public static void Write(TextWriter output, Histogram histogram, string label)
    {
        var max = Math.Max(1, histogram.Counts.Max());
        var plot = Height - Bottom - Top;
        output.Write($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"");
        HtmlText.Write(output, label);
        output.Write("\">");
        for (var i = 0; i < histogram.Counts.Count; i++)
        {
            var count = histogram.Counts[i];
            var height = (int)Math.Round((double)count * plot / max);
            var x = Left + (i * BarWidth) + 1;
            output.Write(Invariant($"<rect class=\"bar\" x=\"{x}\" y=\"{Height - Bottom - height}\" width=\"{BarWidth - 2}\" height=\"{height}\"><title>{i * 10}–{(i + 1) * 10}%: {count} seeds</title></rect>"));
        }

        output.Write(Invariant($"<line class=\"axis\" x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Left + (BarWidth * Histogram.Bins)}\" y2=\"{Height - Bottom}\"/>"));
        output.Write(Invariant($"<line class=\"axis\" x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\"/>"));
        output.Write(Invariant($"<text x=\"{Left - 4}\" y=\"{Top + 9}\" text-anchor=\"end\">{max}</text>"));
        output.Write(Invariant($"<text x=\"{Left - 4}\" y=\"{Height - Bottom}\" text-anchor=\"end\">0</text>"));
        for (var tick = 0; tick <= 100; tick += 50)
        {
            var x = Left + (tick * BarWidth * Histogram.Bins / 100);
            output.Write(Invariant($"<text x=\"{x}\" y=\"{Height - 6}\" text-anchor=\"middle\">{tick}%</text>"));
        }

        output.Write("</svg>");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
