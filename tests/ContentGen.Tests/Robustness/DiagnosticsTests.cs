using System.Globalization;
using ContentGen.Diagnostics;
using ContentGen.Emit;
using ContentGen.Model;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ContentGen.Tests.Robustness;

/// <summary>
/// Each diagnostic, from a seed that causes it: its message and the exact place it points at,
/// reviewed as a snapshot, and the code still generated for the other seeds compiles cleanly.
/// </summary>
public sealed class DiagnosticsTests
{
    private const string GoodSeedPath = "seeds/good-news.txt";

    private static readonly Dictionary<string, (string Path, string Text)[]> s_cases = new(StringComparer.Ordinal)
    {
        ["CG0001"] = [("seeds/empty.txt", "  \n\t\n")],
        ["CG0002"] = [("seeds/only-chrome.txt", "Skip to content\nAdvertisement\n")],
        ["CG0003"] = [("seeds/council-budget.txt", "\n  * * * — …\n\nThe council met on Tuesday and agreed the budget.\n")],
        ["CG0004"] = [("seeds/unclosed-quote.txt", "Council budget agreed after long night\n\nThe mayor said « we will never give up the park.\n")],
        ["CG0005"] = [("seeds/stray-mark.txt", "Harbour reopens to ferries this spring\n\nThe ferries return » in April, officials said.\n")],
        ["CG0006"] = [("seeds/bad-bytes.txt", "Library extends its opening hours\n\nOpen late on Thurs\uFFFDdays, and Fri\uFFFDdays.\n")],
        ["CG0007"] = [("seeds/binary.txt", "PK\u0003\u0004\u0014\0\u0006\0 word/document.xml")],
        ["CG0008"] =
        [
            ("seeds/north/harbour-news.txt", "Harbour news from the north coast\n\nBoats are back.\n"),
            ("seeds/south/harbour-news.txt", "Harbour news from the south coast\n\nBoats are away.\n"),
        ],
        ["CG0009"] =
        [
            ("seeds/catalog.txt", "Catalog of the boats in the harbour\n\nA short item.\n"),
            ("seeds/system.txt", "System of buoys for the harbour mouth\n\nA short item.\n"),
        ],
        ["CG0010"] = [("seeds/001.txt", "\uD83C\uDF89\uD83C\uDF89 \u2605\n\nThe party went on late into the night.\n")],
        ["CG0011"] = [("seeds/huge-log.txt", "Server log\n\n" + string.Concat(Enumerable.Repeat("GET /index.html 200\n", 10)))],
        ["CG0012"] = [("seeds/stray-nul.txt", "Library extends its opening hours\n\nOpen late on Thurs\0days from May, when the reading room and the children's library stay open until nine.\n")],
        ["CG0013"] = [("seeds/deep.md", "# Deep in the archive\n\nThe first paragraph.\n\n" + new string('>', 70) + " Bottom.\n")],
        ["CG0014"] = [("seeds/harbour-news.txt", "---\ntype: harbour news!\n---\nHarbour news from the coast\n\nThe harbour reopens.\n")],
        // Twenty unclosed quotes are listed, the rest summed up: CG0004 comes with it.
        ["CG0015"] = [("seeds/many-marks.txt", "Harbour news from the coast\n\n" + string.Concat(Enumerable.Repeat("\"a ", 23)) + "\n")],
        ["CG0016"] = [("seeds/title-alone.txt", "Harbour reopens to ferries this spring\n")],
        // The project's setting, not a seed, is at fault: see the options above.
        ["CG0030"] = [],
        ["CG0031"] = [],
        ["CG0020"] = [("seeds/harbour-news.md", "---\ntitle: Harbour news\nreading_time: 3\n\nThe harbour reopens to ferries.\n")],
        ["CG0021"] = [("seeds/harbour-news.txt", "---\ncategory: news\nsummary: [ferries, boats\n---\nHarbour news from the coast\n\nThe harbour reopens.\n")],
        ["CG0022"] = [("seeds/harbour-news.txt", "---\ncategory: news\nreading_time: 3\ncategory: ports\n---\nHarbour news from the coast\n\nThe harbour reopens.\n")],
        ["CG0023"] = [("seeds/harbour-news.txt", "---\nviews: 99999999999999999999\nreleased: 2021-02-30\n---\nHarbour news from the coast\n\nThe harbour reopens.\n")],
        ["CG0024"] =
        [
            ("seeds/harbour-news.md", "---\nreading_time: 3\n---\n# Harbour news from the coast\n\nThe harbour reopens.\n"),
            ("seeds/library-news.md", "---\nreading_time: three minutes\n---\n# Library news from the town\n\nThe library reopens.\n"),
        ],
        ["CG0025"] = [("seeds/harbour-news.md", "---\nparagraphs: 3\nharbour_news: yes\na_b: 1\naB: 2\n---\n# Harbour news from the coast\n\nThe harbour reopens.\n")],
    };

    public static TheoryData<string> Ids => new(s_cases.Keys);

    [Theory]
    [MemberData(nameof(Ids))]
    public void EachDiagnostic_PointsAtItsPlaceInTheSeed(string id)
    {
        var seeds = s_cases[id].Append((GoodSeedPath, "Good news for the harbour town\n\nThe sun came out.\n")).ToArray();
        var options = GeneratorHarness.DefaultOptions.WithProperty(OptionsReader.MaxSeedSizeProperty, "150");
        if (id == "CG0030")
        {
            options = options.WithProperty("ContentGenNamespace", "My-App.Content");
        }

        if (id == "CG0031")
        {
            options = options.WithProperty("ContentGenVisibility", "private").WithProperty(OptionsReader.MaxSeedSizeProperty, "4MB");
        }

        var outcome = GeneratorHarness.Run(seeds, options: options);

        Assert.All(outcome.Diagnostics, d => Assert.True(d.Id == id || (id == "CG0015" && d.Id == "CG0004"), d.Id));
        Assert.Contains(outcome.Diagnostics, d => d.Id == id);
        Assert.NotEmpty(outcome.Diagnostics);
        Assert.Empty(outcome.CompilationDiagnostics);
        Assert.Contains(outcome.Sources, source => source.HintName == "Articles.GoodNews.g.cs");
        Snapshot.Verify(string.Join("\n", outcome.Diagnostics.Select(d => Format(d, seeds))) + "\n", id, "txt");
    }

    [Fact]
    public void EveryDescriptor_IsInTheCatalogue_WithCategoryAndNoDeadHelpLink()
    {
        var descriptors = typeof(DiagnosticDescriptors)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
            .ToArray();
        var documentation = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "diagnostics.md"));
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));

        Assert.Equal(descriptors.Length, descriptors.Select(d => d.Id).Distinct().Count());
        foreach (var descriptor in descriptors)
        {
            Assert.Equal("ContentGen", descriptor.Category);
            // The documentation has no public address: a link would be dead wherever the package is used.
            Assert.Equal(string.Empty, descriptor.HelpLinkUri);
            Assert.Contains("\n## " + descriptor.Id + "\n", documentation, StringComparison.Ordinal);
            Assert.Contains("| " + descriptor.Id + " |", readme, StringComparison.Ordinal);
            Assert.True(descriptor.Id == "CG9999" || s_cases.ContainsKey(descriptor.Id), descriptor.Id + " has no test case");
        }
    }

    [Fact]
    public void EmitterFailure_BecomesCG9999NamingTheSeed_AndTheOtherSeedsAreStillGenerated()
    {
        // The generator's own pipeline, with an article emitter that fails on one seed only.
        const string BrokenPath = "seeds/news/broken.txt";
        var seeds = new (string Path, string Text)[]
        {
            (BrokenPath, "Broken news from the printing works\n\nThe press stopped.\n"),
            (GoodSeedPath, "Good news for the harbour town\n\nThe sun came out.\n"),
        };
        var generator = new ArticleGenerator((spec, cancellationToken) => spec.Path == BrokenPath
            ? throw new InvalidOperationException("boom")
            : ArticleEmitter.Emit(spec, cancellationToken));

        var result = GeneratorHarness.Driver(seeds.Select(seed => (AdditionalText)new InMemoryAdditionalText(seed.Path, seed.Text)), generator: generator)
            .RunGenerators(GeneratorHarness.Compilation(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest), TestContext.Current.CancellationToken)
            .GetRunResult().Results.Single();

        Assert.Null(result.Exception);
        var diagnostic = Assert.Single(result.Diagnostics);
        Snapshot.Verify(Format(diagnostic, seeds) + "\n", "CG9999", "txt");
        Assert.Equal(["Articles.GoodNews.g.cs", "Articles.g.cs"], result.GeneratedSources.Select(source => source.HintName).Order(StringComparer.Ordinal));
        var good = GeneratorHarness.Run([seeds[1]]).Sources.Single(source => source.HintName == "Articles.GoodNews.g.cs");
        Assert.Equal(good.SourceText.ToString(), result.GeneratedSources.Single(source => source.HintName == "Articles.GoodNews.g.cs").SourceText.ToString());
    }

    [Fact]
    public void NameWarnings_PointAtWhatGaveTheName_TheTitleOrTheFrontMattersType()
    {
        // Files named by number take their names from their titles, here below a line of page chrome;
        // a front matter names its type on its own line. A name made from the file name has no place
        // in the file, and stays at its start (the snapshots above).
        var seeds = new (string Path, string Text)[]
        {
            ("seeds/001.txt", "Skip to content\n\nHarbour news from the coast\n\nBoats are back.\n"),
            ("seeds/002.txt", "Skip to content\n\nHarbour news from the coast\n\nBoats are away.\n"),
            ("seeds/boats.txt", "---\ntype: Catalog\n---\nBoats in the harbour this summer\n\nA short item.\n"),
        };

        var outcome = GeneratorHarness.Run(seeds);

        Assert.Equal(
            [
                "seeds/002.txt(3,1)-(3,28): warning CG0008 «Harbour news from the coast»",
                "seeds/boats.txt(2,7)-(2,14): warning CG0009 «Catalog»",
            ],
            outcome.Diagnostics.Select(d => Format(d, seeds)).Select(WithoutMessage).Order(StringComparer.Ordinal));
    }

    // "path(…)-(…): warning ID: message «text»" without its message, which the snapshots review.
    private static string WithoutMessage(string formatted)
        => formatted.Substring(0, formatted.IndexOf(": ", formatted.IndexOf("warning ", StringComparison.Ordinal), StringComparison.Ordinal))
            + formatted.Substring(formatted.LastIndexOf(" «", StringComparison.Ordinal));

    [Fact]
    public void Positions_CountLinesAsTheCompilerDoes_WhateverTheLineEndings()
    {
        const string Text = "Council budget agreed after long night\n\nThe mayor said « we will never give up.\n";
        var lf = GeneratorHarness.Run([("seeds/a.txt", Text)]).Diagnostics.Single();
        var crlf = GeneratorHarness.Run([("seeds/a.txt", Text.Replace("\n", "\r\n", StringComparison.Ordinal))]).Diagnostics.Single();

        Assert.Equal("CG0004", lf.Id);
        Assert.Equal(lf.Location.GetLineSpan().Span, crlf.Location.GetLineSpan().Span);
        Assert.Equal(lf.Location.SourceSpan.Start + 2, crlf.Location.SourceSpan.Start);
    }

    [Fact]
    public void Positions_CountUnicodeLineBreaksAsTheCompilerDoes()
    {
        // NEL, LS and PS end lines for Roslyn and the IDE, so the mark stands on line 6, column 5.
        const string Text = "Council budget agreed after long night\n\nFirst\u0085second\u2028third\u2029The « mayor said no.\n";

        var diagnostic = GeneratorHarness.Run([("seeds/a.txt", Text)]).Diagnostics.Single();

        Assert.Equal("CG0004", diagnostic.Id);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(5, 4), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Equal(Text.IndexOf('«', StringComparison.Ordinal), diagnostic.Location.SourceSpan.Start);
    }

    [Fact]
    public void QuoteInAMessage_ShowsBidiControlsAndLineBreaksAsEscapes()
    {
        const string Text = "Council budget agreed after long night\n\nThe mayor said « we\u202E never\u2028give up.\n";

        var message = GeneratorHarness.Run([("seeds/a.txt", Text)]).Diagnostics.Single().GetMessage(CultureInfo.InvariantCulture);

        Assert.Contains("we\\u202E never\\u2028give up.", message, StringComparison.Ordinal);
    }

    [Fact]
    public void SizeLimit_HasADefault_AndIgnoresValuesThatAreNotPositiveWholeNumbers()
    {
        foreach (var value in new[] { "", "abc", "-5", "0", "1e6", "99999999999" })
        {
            var options = TestOptionsProvider.Empty.WithProperty(OptionsReader.MaxSeedSizeProperty, value);
            Assert.Equal(OptionsReader.DefaultMaxSeedSize, OptionsReader.MaxSeedSize(options.GlobalOptions));
        }

        var set = TestOptionsProvider.Empty.WithProperty(OptionsReader.MaxSeedSizeProperty, " 1000 ");
        Assert.Equal(1000, OptionsReader.MaxSeedSize(set.GlobalOptions));
    }

    [Fact]
    public void TypeNameMetadata_ThatIsAKeyword_StillCompiles()
    {
        const string Path = "seeds/news.txt";
        var options = GeneratorHarness.DefaultOptions.WithMetadata(Path, "TypeName", "class");

        var outcome = GeneratorHarness.Run([(Path, "Some news for the keyword test\n\nIt compiles.\n")], options: options);

        Assert.Empty(outcome.Diagnostics);
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    // "path(line,col)-(line,col): severity ID: message «covered text»", lines and columns 1-based.
    private static string Format(Diagnostic diagnostic, (string Path, string Text)[] seeds)
    {
        if (diagnostic.Location == Location.None)
        {
            // The project's, as the compiler prints it: no file, no place.
            return $"{diagnostic.DefaultSeverity.ToString().ToLowerInvariant()} {diagnostic.Id}: " + diagnostic.GetMessage(CultureInfo.InvariantCulture);
        }

        var span = diagnostic.Location.GetLineSpan();
        var (start, end) = (span.StartLinePosition, span.EndLinePosition);
        var text = seeds.FirstOrDefault(seed => seed.Path == span.Path).Text;
        var covered = text is null ? string.Empty : " «" + Visible(text.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length)) + "»";
        return $"{span.Path}({start.Line + 1},{start.Character + 1})-({end.Line + 1},{end.Character + 1}): "
            + $"{diagnostic.DefaultSeverity.ToString().ToLowerInvariant()} {diagnostic.Id}: "
            + diagnostic.GetMessage(CultureInfo.InvariantCulture) + covered;
    }

    // Control characters shown as \uXXXX, so that snapshots stay plain text.
    private static string Visible(string text)
        => string.Concat(text.Select(c => char.IsControl(c) ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString()));
}
