using ContentGen.Package.Tests.Infrastructure;

namespace ContentGen.Package.Tests.Consumers;

/// <summary>
/// Seeds in subfolders, two of them with the same file name, a name that holds the characters
/// MSBuild and the compiler's command line treat specially (<c>;</c> <c>,</c> <c>'</c> and a space).
/// </summary>
public sealed class NestedSeedsConsumerTests(PackageFeed feed)
{
    [Fact]
    public async Task SameFileNameInTwoSubfolders_EvenAnAwkwardOne_BothBecomeArticles_ButNotAnOptedOutDraft()
    {
        const string awkwardName = "001; v2, it's.txt";

        // A draft the glob matches is kept out with ContentGen="false".
        var consumer = Consumer.Create(
                feed,
                "nested",
                properties: "<Nullable>enable</Nullable>",
                items: """<AdditionalFiles Include="seeds/drafts/*.txt" ContentGen="false" />""")
            .CopySeed(KnownSeeds.RtFileName, Path.Combine("seeds", "world news", awkwardName))
            .Write(Path.Combine("seeds", "local", awkwardName), KnownSeeds.HarbourText)
            .Write(Path.Combine("seeds", "drafts", awkwardName), KnownSeeds.HarbourText.Replace("Harbour town", "Draft: harbour town", StringComparison.Ordinal))
            .Write("Program.cs", Programs.AllTitles);

        var output = await consumer.BuildAndRunAsync(TestContext.Current.CancellationToken);

        // Articles.Catalog.All is ordered by type name: Harbour… before Russian….
        Assert.Equal($"2\n{KnownSeeds.HarbourTitle}\n{KnownSeeds.RtTitle}\n", output);
    }

    // Globs follow the file system's case, which on Linux would make "Story.TXT" no seed while the
    // same checkout on Windows builds it: the default seeds are matched by extension in any case.
    [Fact]
    public async Task DefaultSeeds_AreTxtMdAndMarkdownInAnyCase_NotOtherFilesNorHiddenOnes()
    {
        static string Titled(string title) => KnownSeeds.HarbourText.Replace(KnownSeeds.HarbourTitle, title, StringComparison.Ordinal);

        var consumer = Consumer.Create(feed, "extensions", properties: "<Nullable>enable</Nullable>")
            .Write(Path.Combine("seeds", "Story.TXT"), Titled("Upper case text seed"))
            .Write(Path.Combine("seeds", "Notes.Md"), "# Mixed case Markdown seed\n\nThe harbour library opens on Saturday.\n")
            .Write(Path.Combine("seeds", "posts", "opening.markdown"), "# Jekyll named Markdown seed\n\nThe harbour library opens on Saturday.\n")
            .Write(Path.Combine("seeds", "notes.text"), Titled("Not a seed: another extension"))
            .Write(Path.Combine("seeds", ".#Story.TXT"), Titled("Not a seed: an editor lock file"))
            .Write("Program.cs", Programs.AllTitles);

        var output = await consumer.BuildAndRunAsync(TestContext.Current.CancellationToken);

        // In type-name order: Notes, Opening, Story.
        Assert.Equal("3\nMixed case Markdown seed\nJekyll named Markdown seed\nUpper case text seed\n", output);
    }
}
