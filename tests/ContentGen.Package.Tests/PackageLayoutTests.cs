using System.IO.Compression;
using System.Xml.Linq;
using ContentGen.Package.Tests.Infrastructure;

namespace ContentGen.Package.Tests;

/// <summary>The packed .nupkg: an analyzer-only development dependency with its build files.</summary>
public sealed class PackageLayoutTests(PackageFeed feed)
{
    [Fact]
    public void Package_HoldsGeneratorParsingCoreAndItsLibrariesAsAnalyzers_AndBuildFiles()
    {
        TestContext.Current.TestOutputHelper?.WriteLine($"Packing took {feed.PackTime.TotalSeconds:0.0} s.");
        var entries = Entries();

        Assert.Contains("analyzers/dotnet/cs/ContentGen.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/ContentGen.Parsing.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/YamlDotNet.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Markdig.dll", entries);
        Assert.Contains("build/ContentGen.props", entries);
        Assert.Contains("build/ContentGen.targets", entries);
        Assert.Contains("PACKAGE.md", entries);
    }

    [Fact]
    public void Package_HasNoLibAssetsAndNoOtherAnalyzers()
    {
        var entries = Entries();

        // Anything in lib/ or ref/ would become a reference of the consumer's code.
        Assert.DoesNotContain(entries, entry => entry.StartsWith("lib/", StringComparison.Ordinal) || entry.StartsWith("ref/", StringComparison.Ordinal));
        Assert.Equal(
            ["analyzers/dotnet/cs/ContentGen.Parsing.dll", "analyzers/dotnet/cs/ContentGen.dll", "analyzers/dotnet/cs/Markdig.dll", "analyzers/dotnet/cs/YamlDotNet.dll"],
            entries.Where(entry => entry.StartsWith("analyzers/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Nuspec_IsADevelopmentDependency_WithoutDependencies_AndWithLicenceAndReadme()
    {
        var metadata = Nuspec().Root!.Elements().Single(element => element.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(element => element.Name.LocalName == name)?.Value;

        Assert.Equal("ContentGen", Value("id"));
        Assert.Equal(feed.Version, Value("version"));
        Assert.Equal("true", Value("developmentDependency"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("PACKAGE.md", Value("readme"));
        Assert.DoesNotContain(metadata.Descendants(), element => element.Name.LocalName is "dependencies" or "dependency" or "group");
    }

    private List<string> Entries()
    {
        using var package = ZipFile.OpenRead(feed.ContentGenPackage);
        return package.Entries.Select(entry => entry.FullName).ToList();
    }

    private XDocument Nuspec()
    {
        using var package = ZipFile.OpenRead(feed.ContentGenPackage);
        using var stream = package.GetEntry("ContentGen.nuspec")!.Open();
        return XDocument.Load(stream);
    }
}
