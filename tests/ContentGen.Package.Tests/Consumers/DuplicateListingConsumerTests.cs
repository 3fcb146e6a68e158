using System.Text.RegularExpressions;
using ContentGen.Package.Tests.Infrastructure;

namespace ContentGen.Package.Tests.Consumers;

/// <summary>A seed the default glob finds that the project also lists as an AdditionalFile itself.</summary>
public sealed class DuplicateListingConsumerTests(PackageFeed feed)
{
    [Fact]
    public async Task SeedAlsoListedAsAdditionalFile_IsOneItemWithItsMetadata_AndOneArticle()
    {
        var consumer = Consumer.Create(
                feed,
                "duplicate",
                properties: "<Nullable>enable</Nullable>",
                items: $"""
                    <AdditionalFiles Include="seeds/{KnownSeeds.RtFileName}" />
                    <AdditionalFiles Include="$(MSBuildProjectDirectory)/seeds/../seeds/{KnownSeeds.RtFileName}" />
                    """)
            .CopyRepositorySeeds()
            .Write("Program.cs", Programs.AllTitles);

        var output = await consumer.BuildAndRunAsync(TestContext.Current.CancellationToken);

        Assert.Equal($"1\n{KnownSeeds.RtTitle}\n", output);

        // The compiler is shown the file once, marked for ContentGen: the build did not merely
        // rely on the generator's own deduplication.
        var editorConfig = consumer.GeneratedEditorConfig().ReplaceLineEndings("\n");
        var sections = Regex.Matches(editorConfig, @"^\[(?<path>[^\]\n]*)\]\n(?<body>(?:[^\[\n][^\n]*\n?)*)", RegexOptions.Multiline)
            .Where(match => match.Groups["path"].Value.EndsWith("/seeds/" + KnownSeeds.RtFileName, StringComparison.Ordinal))
            .ToList();
        var section = Assert.Single(sections);
        Assert.Contains("build_metadata.AdditionalFiles.ContentGen = true", section.Groups["body"].Value, StringComparison.Ordinal);
    }
}
