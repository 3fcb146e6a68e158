using System.Text.RegularExpressions;
using ContentGen.Package.Tests.Infrastructure;

namespace ContentGen.Package.Tests.Consumers;

/// <summary>A seed the default glob finds that the project also lists as an AdditionalFile itself.</summary>
public sealed class DuplicateListingConsumerTests(PackageFeed feed)
{
    // Writes down the AdditionalFiles exactly as the compiler gets them, after every target that
    // may change them has run.
    private const string RecordAdditionalFiles = """
        <Project>
          <Target Name="RecordAdditionalFiles" AfterTargets="GenerateMSBuildEditorConfigFile" BeforeTargets="CoreCompile">
            <WriteLinesToFile File="$(BaseIntermediateOutputPath)additional-files.txt"
                              Lines="@(AdditionalFiles->'%(FullPath) ContentGen=%(ContentGen) Other=%(Other)')"
                              Overwrite="true" />
          </Target>
        </Project>

        """;

    [Fact]
    public async Task SeedAlsoListedAsAdditionalFile_IsOneItemWithItsMetadata_AndOneArticle()
    {
        var consumer = Consumer.Create(
                feed,
                "duplicate",
                properties: "<Nullable>enable</Nullable>",
                items: $"""
                    <AdditionalFiles Include="seeds/{KnownSeeds.RtFileName}" Other="kept" />
                    <AdditionalFiles Include="$(MSBuildProjectDirectory)/seeds/../seeds/{KnownSeeds.RtFileName}" />
                    """)
            .CopyRepositorySeeds()
            .Write("Directory.Build.targets", RecordAdditionalFiles)
            .Write("Program.cs", Programs.AllTitles);

        var output = await consumer.BuildAndRunAsync(TestContext.Current.CancellationToken);

        Assert.Equal($"1\n{KnownSeeds.RtTitle}\n", output);

        // The compiler gets the file once, with the project's metadata and ContentGen's: the build
        // does not merely rely on the generator's own deduplication.
        var recorded = File.ReadAllLines(Path.Combine(consumer.Folder, "obj", "additional-files.txt"));
        var seedPath = Path.Combine(consumer.Folder, "seeds", KnownSeeds.RtFileName);
        Assert.Equal([seedPath + " ContentGen=true Other=kept"], recorded);

        // …and the generator is shown that metadata.
        var editorConfig = consumer.GeneratedEditorConfig().ReplaceLineEndings("\n");
        var sections = Regex.Matches(editorConfig, @"^\[(?<path>[^\]\n]*)\]\n(?<body>(?:[^\[\n][^\n]*\n?)*)", RegexOptions.Multiline)
            .Where(match => match.Groups["path"].Value.EndsWith("/seeds/" + KnownSeeds.RtFileName, StringComparison.Ordinal))
            .ToList();
        var section = Assert.Single(sections);
        Assert.Contains("build_metadata.AdditionalFiles.ContentGen = true", section.Groups["body"].Value, StringComparison.Ordinal);
    }
}
