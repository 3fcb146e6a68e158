using ContentGen.Package.Tests.Infrastructure;

namespace ContentGen.Package.Tests.Consumers;

/// <summary>A consumer that sets every property and names its own seeds.</summary>
public sealed class CustomizedConsumerTests(PackageFeed feed)
{
    private const string Program = """
        namespace Consumer
        {
            internal static class Program
            {
                private static void Main()
                {
                    System.Console.WriteLine(global::Newsroom.Content.NatoTalks.Title);
                    System.Console.WriteLine(global::Newsroom.Content.NatoTalks.Quotes.Count);
                    System.Console.WriteLine(global::Newsroom.Content.Catalog.All.Count);
                    System.Console.WriteLine(typeof(global::Newsroom.Content.Catalog).IsPublic ? "public" : "internal");
                    System.Console.WriteLine(typeof(global::Newsroom.Content.NatoTalks).IsPublic ? "public" : "internal");
                }
            }
        }

        """;

    [Fact]
    public async Task PropertiesAndTypeNameMetadata_ShapeTheApi_AndOnlyMarkedFilesAreRead()
    {
        // seeds/ holds an article, but the default glob is off; notes/ is an AdditionalFile for
        // some other tool. Neither may become an article.
        var consumer = Consumer.Create(
                feed,
                "customized",
                properties: """
                    <Nullable>enable</Nullable>
                    <ContentGenNamespace>Newsroom.Content</ContentGenNamespace>
                    <ContentGenVisibility>internal</ContentGenVisibility>
                    <EnableDefaultContentGenItems>false</EnableDefaultContentGenItems>
                    """,
                // The wider glob lists the seed first; the TypeName of the narrower listing after it still holds.
                items: $"""
                    <ContentGenSeed Include="content/*.txt" />
                    <ContentGenSeed Include="content/{KnownSeeds.RtFileName}" TypeName="NatoTalks" />
                    <AdditionalFiles Include="notes/*.txt" />
                    """)
            .CopySeed(KnownSeeds.RtFileName, Path.Combine("content", KnownSeeds.RtFileName))
            .Write(Path.Combine("seeds", "001.txt"), KnownSeeds.HarbourText)
            .Write(Path.Combine("notes", "002.txt"), KnownSeeds.HarbourText)
            .Write("Program.cs", Program);

        var output = await consumer.BuildAndRunAsync(TestContext.Current.CancellationToken);

        Assert.Equal($"{KnownSeeds.RtTitle}\n{KnownSeeds.RtQuotes}\n1\ninternal\ninternal\n", output);
    }
}
