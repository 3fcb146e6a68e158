using ContentGen.Package.Tests.Infrastructure;

namespace ContentGen.Package.Tests.Consumers;

/// <summary>
/// A Markdown seed with front matter in a real build from the package: YamlDotNet and Markdig,
/// bundled beside the generator, load in the compiler, and the default glob finds <c>*.md</c>.
/// </summary>
public sealed class AuthoredSeedsConsumerTests(PackageFeed feed)
{
    [Fact]
    public async Task MarkdownSeedWithFrontMatter_BuildsIntoTypedMembers_FromThePackageAlone()
    {
        var consumer = Consumer.Create(feed, "authored", properties: "<Nullable>enable</Nullable>")
            .Write("seeds/harbour-library.md", AuthoredSeeds.Markdown)
            .Write("Program.cs", AuthoredSeeds.Program);

        var output = await consumer.BuildAndRunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(AuthoredSeeds.Expected, output);
    }
}
