using ContentGen.Tests.Infrastructure;

namespace ContentGen.Tests.Authoring;

/// <summary>The generated source of a front-matter text seed and of a Markdown seed, reviewed as snapshots, and the index they share.</summary>
public sealed class AuthoringSnapshotTests
{
    [Fact]
    public void FrontMatterTextSeed_GeneratesTypedMembers()
    {
        var outcome = GeneratorHarness.Run([AuthoredSeeds.FrontMatterText]);

        Assert.Empty(outcome.Diagnostics);
        Assert.Empty(outcome.CompilationDiagnostics);
        Snapshot.Verify(Source(outcome, "Articles.HarbourLibrary.g.cs"), "Articles.HarbourLibrary.g");
    }

    [Fact]
    public void MarkdownSeed_GeneratesSectionsQuotesAndHtml()
    {
        var outcome = GeneratorHarness.Run([AuthoredSeeds.Markdown]);

        Assert.Empty(outcome.Diagnostics);
        Assert.Empty(outcome.CompilationDiagnostics);
        Snapshot.Verify(Source(outcome, "Articles.Lighthouse.g.cs"), "Articles.Lighthouse.g");
    }

    [Fact]
    public void Index_ListsTheAuthoredArticles_AndIsOtherwiseAnyIndex()
    {
        // The shared types (Article with Author, Published, Language, Tags, Metadata) are reviewed
        // in SnapshotTests' index; authored seeds must change nothing there but the list.
        var authored = Source(GeneratorHarness.Run([AuthoredSeeds.FrontMatterText, AuthoredSeeds.Markdown]), "Articles.g.cs");
        var plain = Source(GeneratorHarness.Run([("seeds/ferry-news.txt", "Ferry news\n\nThe ferry sails at dawn.\n")]), "Articles.g.cs");

        const string Listed = "            global::Consumer.Articles.FerryNews.Article,\n";
        const string Found = "                case \"FerryNews\": return global::Consumer.Articles.FerryNews.Article;\n";
        const string FoundBySeedPath = "                case \"seeds/ferry-news.txt\": return global::Consumer.Articles.FerryNews.Article;\n";
        Assert.Contains(Listed, plain, StringComparison.Ordinal);
        Assert.Contains(Found, plain, StringComparison.Ordinal);
        Assert.Contains(FoundBySeedPath, plain, StringComparison.Ordinal);
        Assert.Equal(
            plain
                .Replace(Listed, "            global::Consumer.Articles.HarbourLibrary.Article,\n            global::Consumer.Articles.Lighthouse.Article,\n", StringComparison.Ordinal)
                .Replace(Found, "                case \"HarbourLibrary\": return global::Consumer.Articles.HarbourLibrary.Article;\n                case \"Lighthouse\": return global::Consumer.Articles.Lighthouse.Article;\n", StringComparison.Ordinal)
                .Replace(FoundBySeedPath, "                case \"seeds/harbour-library.txt\": return global::Consumer.Articles.HarbourLibrary.Article;\n                case \"seeds/lighthouse.md\": return global::Consumer.Articles.Lighthouse.Article;\n", StringComparison.Ordinal),
            authored);
    }

    private static string Source(GeneratorOutcome outcome, string hintName)
        => outcome.Sources.Single(source => source.HintName == hintName).SourceText.ToString();
}
