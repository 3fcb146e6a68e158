using ContentGen.Package.Tests.Infrastructure;

namespace ContentGen.Package.Tests.Consumers;

/// <summary>The README's promise: one PackageReference, seeds in seeds/, and Articles appear.</summary>
public sealed class DefaultConsumerTests(PackageFeed feed)
{
    [Fact]
    public async Task PackageReferenceAlone_TurnsSeedsFolderIntoArticles_UnderStrictBuildSettings()
    {
        var consumer = Consumer.Create(feed, "default", properties: "<Nullable>enable</Nullable>")
            .CopyRepositorySeeds()
            .Write("Program.cs", Programs.TitleAndQuoteCount("global::Consumer.Articles"));

        var output = await consumer.BuildAndRunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Programs.ExpectedTitleAndQuoteCount, output);
    }
}
