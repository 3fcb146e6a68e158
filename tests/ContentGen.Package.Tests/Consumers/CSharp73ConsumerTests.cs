using ContentGen.Package.Tests.Infrastructure;

namespace ContentGen.Package.Tests.Consumers;

/// <summary>An old-language consumer, with its seeds in a folder of its choosing and no root namespace.</summary>
public sealed class CSharp73ConsumerTests(PackageFeed feed)
{
    [Fact]
    public async Task CSharp73Consumer_WithCustomSeedGlobAndNoRootNamespace_GetsArticlesInTheArticlesNamespace()
    {
        // No Nullable here: C# 7.3 rejects Nullable=enable outright (CS8630); the generator must
        // leave out annotations by itself.
        var consumer = Consumer.Create(
                feed,
                "csharp73",
                properties: """
                    <LangVersion>7.3</LangVersion>
                    <RootNamespace></RootNamespace>
                    <ContentGenSeeds>articles/**/*.txt</ContentGenSeeds>
                    """)
            .CopySeed(KnownSeeds.RtFileName, Path.Combine("articles", KnownSeeds.RtFileName))
            .Write("Program.cs", Programs.TitleAndQuoteCount("global::Articles"));

        var output = await consumer.BuildAndRunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Programs.ExpectedTitleAndQuoteCount, output);
    }
}
