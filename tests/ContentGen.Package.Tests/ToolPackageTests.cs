using System.IO.Compression;
using System.Xml.Linq;
using ContentGen.Package.Tests.Infrastructure;

namespace ContentGen.Package.Tests;

/// <summary>The <c>contentgen</c> command-line tool, packed beside the generator, installs as a dotnet tool.</summary>
public sealed class ToolPackageTests(PackageFeed feed)
{
    [Fact]
    public async Task CliPackage_IsADotnetTool_ThatInstallsTheContentgenCommand()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var tools = Directory.GetFiles(feed.Feed, "*.nupkg").Select(Nuspec).Where(nuspec => nuspec.IsTool).ToList();
        var tool = Assert.Single(tools);
        Assert.NotEqual("ContentGen", tool.Id, StringComparer.OrdinalIgnoreCase); // ids are case-insensitive: the tool needs its own

        var toolPath = await InstallAsync(tool.Id, "tools", cancellationToken);

        var shim = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "contentgen.exe" : "contentgen");
        Assert.True(File.Exists(shim), $"The tool did not install a `contentgen` command in {toolPath}.");
    }

    [Fact]
    public async Task InstalledTool_ReadsAMarkdownSeedWithFrontMatter_WithItsBundledLibraries()
    {
        if (!File.Exists(PackageFeed.CliProject))
        {
            Assert.Skip("src/ContentGen.Cli is not in this tree yet.");
        }

        var cancellationToken = TestContext.Current.CancellationToken;
        var tool = Directory.GetFiles(feed.Feed, "*.nupkg").Select(Nuspec).Single(nuspec => nuspec.IsTool);
        var toolPath = await InstallAsync(tool.Id, "tools-authored", cancellationToken);
        var seed = Path.Combine(feed.Root, "authored-seeds", "harbour-library.md");
        Directory.CreateDirectory(Path.GetDirectoryName(seed)!);
        File.WriteAllText(seed, AuthoredSeeds.Markdown.ReplaceLineEndings("\n"));

        // The installed tool's own assembly, run as the shim runs it: YamlDotNet and Markdig come from the tool's folder.
        var cli = Directory.GetFiles(toolPath, "ContentGen.Cli.dll", SearchOption.AllDirectories).Single();
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(cli)!, "YamlDotNet.dll")));
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(cli)!, "Markdig.dll")));
        var preview = (await feed.DotNetAsync(feed.Root, TimeSpan.FromMinutes(1), cancellationToken, cli, "preview", seed)).EnsureSuccess();

        Assert.Contains("public const int ReadingTime = 2;", preview.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("public static class Location", preview.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("public const string Html = \"<h1>The harbour library opens its doors</h1>\\n", preview.StandardOutput, StringComparison.Ordinal);
    }

    // A tool path rather than --global: same install, nothing left in the user's profile.
    private async Task<string> InstallAsync(string id, string folder, CancellationToken cancellationToken)
    {
        var toolPath = Path.Combine(feed.Root, folder);
        (await feed.DotNetAsync(
            feed.Root,
            TimeSpan.FromMinutes(3),
            cancellationToken,
            "tool", "install", id, "--version", feed.Version, "--add-source", feed.Feed, "--tool-path", toolPath)).EnsureSuccess();
        return toolPath;
    }

    private static (string Id, bool IsTool) Nuspec(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        var entry = zip.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !entry.FullName.Contains('/'));
        using var stream = entry.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(element => element.Name.LocalName == "metadata");
        var id = metadata.Elements().Single(element => element.Name.LocalName == "id").Value;
        var isTool = metadata.Descendants().Any(element => element.Name.LocalName == "packageType"
            && string.Equals((string?)element.Attribute("name"), "DotnetTool", StringComparison.Ordinal));
        return (id, isTool);
    }
}
