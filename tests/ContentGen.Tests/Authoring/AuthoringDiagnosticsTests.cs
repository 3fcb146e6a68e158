using System.Globalization;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ContentGen.Tests.Authoring;

/// <summary>A broken front matter costs warnings at their places, never the rest of the seed.</summary>
public sealed class AuthoringDiagnosticsTests
{
    private static readonly (string Path, string Text) s_broken = ("seeds/council-budget.md", """
        ---
        title: Council budget agreed
        views: 99999999999999999999
        category: news
        category: politics
        released: 2021-02-30
        paragraphs: 3
        links: [[a, b]]
        summary: [unclosed
        ---
        The council met on Tuesday and agreed the budget.

        "It balances," the treasurer said.

        """);

    [Fact]
    public void BrokenFrontMatter_ReportsEachProblemAtItsPlace_AndTheSeedStillGenerates()
    {
        var outcome = GeneratorHarness.Run([s_broken]);

        Assert.Empty(outcome.CompilationDiagnostics);
        var source = outcome.Sources.Single(s => s.HintName == "Articles.CouncilBudget.g.cs").SourceText.ToString();
        Assert.Contains("public const string Title = \"Council budget agreed\";", source, StringComparison.Ordinal);
        Assert.Contains("public const string Category = \"news\";", source, StringComparison.Ordinal);
        Assert.Contains("public const int ParagraphsValue = 3;", source, StringComparison.Ordinal);
        Assert.Contains("public const string Paragraph1 = \"The council met on Tuesday and agreed the budget.\";", source, StringComparison.Ordinal);
        Assert.DoesNotContain(" Views ", source, StringComparison.Ordinal);
        Assert.DoesNotContain(" Summary ", source, StringComparison.Ordinal);

        var lines = outcome.Diagnostics
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(Format);
        Snapshot.Verify(string.Join("\n", lines) + "\n", "diagnostics", "txt");
    }

    [Fact]
    public void KeysNamedAsObjectsMembers_AreRenamed_AtEveryLevel_AndTheBuildStaysWarningFree()
    {
        var seed = ("seeds/harbour.md", "---\nequals: true\nto_string: x\nget_type: y\nreference_equals: z\nget_hash_code: 1\nplace:\n  to_string: quay\n---\n# Harbour news\n\nThe quay reopens.\n");

        var outcome = GeneratorHarness.Run([seed]);

        Assert.Empty(outcome.CompilationDiagnostics);
        var source = outcome.Sources.Single(s => s.HintName == "Articles.Harbour.g.cs").SourceText.ToString();
        foreach (var member in new[] { "bool EqualsValue", "string ToStringValue", "string GetTypeValue", "string ReferenceEqualsValue", "int GetHashCodeValue" })
        {
            Assert.Contains("public const " + member + " = ", source, StringComparison.Ordinal);
        }

        Assert.Contains("public const string ToStringValue = \"quay\";", source, StringComparison.Ordinal);
        Assert.Equal(6, outcome.Diagnostics.Count(d => d.Id == "CG0025" && d.GetMessage(CultureInfo.InvariantCulture).Contains("every class inherits from object", StringComparison.Ordinal)));
    }

    [Fact]
    public void FrontMatter_IsNeverPartOfTheBody()
    {
        // A text seed's first line stays its headline (the title key corrects it); a Markdown seed has none.
        const string FrontMatter = "---\ntitle: Ferry timetable changes\nnote: Harbour master\n---\n";
        var outcome = GeneratorHarness.Run(
        [
            ("seeds/ferries.txt", FrontMatter + "Ferries change their timetable - Harbour Post\n\nFerries leave at nine.\n"),
            ("seeds/ferries-md.md", FrontMatter + "Ferries leave at nine.\n"),
        ]);

        Assert.Empty(outcome.Diagnostics);
        foreach (var source in outcome.Sources.Where(s => s.HintName != "Articles.g.cs"))
        {
            var code = source.SourceText.ToString();
            Assert.DoesNotContain("---", code, StringComparison.Ordinal);
            Assert.DoesNotContain("\"title:", code, StringComparison.Ordinal);
            Assert.Contains("Title = \"Ferry timetable changes\";", code, StringComparison.Ordinal);
            Assert.Contains("Paragraph1 = \"Ferries leave at nine.\";", code, StringComparison.Ordinal);
            Assert.DoesNotContain("Paragraph2", code, StringComparison.Ordinal);
            Assert.Contains("Note = \"Harbour master\";", code, StringComparison.Ordinal);
        }
    }

    // "path(line,col): severity ID: message", lines and columns 1-based.
    private static string Format(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var start = span.StartLinePosition;
        return $"{span.Path}({start.Line + 1},{start.Character + 1}): {diagnostic.DefaultSeverity.ToString().ToLowerInvariant()} {diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
    }
}
