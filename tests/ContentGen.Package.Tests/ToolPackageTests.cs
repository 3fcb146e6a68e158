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

        // A tool path rather than --global: same install, nothing left in the user's profile.
        var toolPath = Path.Combine(feed.Root, "tools");
        (await feed.DotNetAsync(
            feed.Root,
            TimeSpan.FromMinutes(3),
            cancellationToken,
            "tool", "install", tool.Id, "--version", feed.Version, "--add-source", feed.Feed, "--tool-path", toolPath)).EnsureSuccess();

        var shim = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "contentgen.exe" : "contentgen");
        Assert.True(File.Exists(shim), $"The tool did not install a `contentgen` command in {toolPath}.");
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
