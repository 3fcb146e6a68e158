using System.Globalization;
using ContentGen.Cli.Generation;
using ContentGen.Cli.Output;
using ContentGen.Parsing;
using Microsoft.CodeAnalysis;

namespace ContentGen.Cli.Report;

/// <summary>Builds the page model from what the generator run reported; nothing is read twice.</summary>
internal static class SeedPageBuilder
{
    // What the page draws in its own way; every other value of the article is shown as a field.
    private static readonly HashSet<string> s_drawn = new(StringComparer.Ordinal)
    {
        nameof(Article.Sections), nameof(Article.Paragraphs), nameof(Article.Quotes), nameof(Article.Boilerplate), nameof(Article.Problems),
    };

    /// <summary>The page for <paramref name="seeds"/>.</summary>
    public static ReportPage Build(IReadOnlyList<SeedReport> seeds)
    {
        // Seeds are independent; each result goes to its own index, so the page is the same in every run.
        var pages = new SeedPage[seeds.Count];
        Parallel.For(0, pages.Length, i => pages[i] = Seed("s" + (i + 1).ToString(CultureInfo.InvariantCulture), seeds[i]));

        return new ReportPage(
            pages,
            Histogram.Of(pages.Select(p => p.Stats.SpeakerShare)),
            Histogram.Of(pages.Select(p => p.Stats.BoilerplateShare)));
    }

    /// <summary>The page section for one seed.</summary>
    public static SeedPage Seed(string id, SeedReport seed)
    {
        var article = seed.Article;
        var fields = article is null ? [] : ModelFields.Of(article, s_drawn);
        var fieldLines = article is null ? new Dictionary<int, string>() : ModelFields.Lines(article, fields);
        var lines = SourceLines.Split(seed.Text);
        var fates = LineFates.Of(lines, article, fieldLines);

        var diagnostics = seed.Diagnostics.Select(Place).ToArray();
        var byLine = diagnostics.ToLookup(d => LineAt(lines, d.Offset));
        var pageLines = new PageLine[lines.Count];
        for (var i = 0; i < pageLines.Length; i++)
        {
            pageLines[i] = new PageLine(i + 1, lines[i].Offset, lines[i].Text, fates[i], byLine[i].OrderBy(d => d.Offset).ToArray());
        }

        var quotes = article is null ? [] : QuoteSpans.Of(article, seed.Text);
        var stats = new SeedStats(
            article?.Paragraphs.Count ?? 0,
            quotes.Length,
            quotes.Count(q => q.Speaker is not null),
            fates.Count(f => f.Kind != FateKind.Blank),
            fates.Count(f => f.Kind == FateKind.Boilerplate),
            seed.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
            seed.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));

        return new SeedPage(
            id,
            seed.Path,
            seed.TypeName,
            article?.Title ?? string.Empty,
            fields,
            pageLines,
            quotes,
            byLine[-1].ToArray(),
            GeneratedMembers.Of(seed.Source),
            stats);
    }

    private static PlacedDiagnostic Place(Diagnostic diagnostic)
    {
        var located = diagnostic.Location.Kind is LocationKind.ExternalFile or LocationKind.SourceFile;
        var (line, column) = located ? DiagnosticFormat.Start(diagnostic) : (0, 0);
        var offset = located ? diagnostic.Location.SourceSpan.Start : -1;
        return new PlacedDiagnostic(line, column, offset, DiagnosticFormat.Severity(diagnostic), diagnostic.Id, DiagnosticFormat.Message(diagnostic));
    }

    // The 0-based index of the line that holds offset (its line break counts as part of it), or -1.
    private static int LineAt(List<(int Offset, string Text)> lines, int offset)
    {
        if (offset < 0)
        {
            return -1;
        }

        var low = 0;
        var high = lines.Count - 1;
        var found = lines.Count > 0 ? 0 : -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (lines[middle].Offset <= offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }
}
