using ContentGen.Package.Tests.Infrastructure;

namespace ContentGen.Package.Tests.Consumers;

/// <summary>Seeds in subfolders, two of them with the same file name.</summary>
public sealed class NestedSeedsConsumerTests(PackageFeed feed)
{
    [Fact]
    public async Task SameFileNameInTwoSubfolders_BothBecomeArticles()
    {
        var consumer = Consumer.Create(feed, "nested", properties: "<Nullable>enable</Nullable>")
            .CopySeed(KnownSeeds.RtFileName, Path.Combine("seeds", "world", "001.txt"))
            .Write(Path.Combine("seeds", "local", "001.txt"), KnownSeeds.HarbourText)
            .Write("Program.cs", Programs.AllTitles);

        var output = await consumer.BuildAndRunAsync(TestContext.Current.CancellationToken);

        // Articles.All is ordered by type name: Harbour… before Russian….
        Assert.Equal($"2\n{KnownSeeds.HarbourTitle}\n{KnownSeeds.RtTitle}\n", output);
    }
}
