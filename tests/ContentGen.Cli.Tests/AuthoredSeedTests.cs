using System.Text.Json;
using ContentGen.Cli.Tests.Infrastructure;
using ContentGen.Package.Tests.Infrastructure;

namespace ContentGen.Cli.Tests;

/// <summary>inspect, check and preview read Markdown seeds and front matter as the generator does.</summary>
public sealed class AuthoredSeedTests
{
    private const string Markdown = AuthoredSeeds.Markdown;

    [Fact]
    public void InspectJson_HasTheFrontMatterTyped_AndTheKnownKeys()
    {
        using var folder = new TempFolder();
        folder.Write("seeds/harbour-library.md", Markdown);
        folder.Write("seeds/plain.txt", "Harbour reopens to ferries this spring\n\nThe ferries return in April.\n");

        var result = Tool.Run("inspect", "--json", folder.Path);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var seeds = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(2, seeds.Length); // the folder's .md seed is found beside the .txt one
        var library = seeds[0];
        Assert.Equal("HarbourLibrary", library.GetProperty("typeName").GetString());
        Assert.Equal("The harbour library opens its doors", library.GetProperty("title").GetString());
        Assert.Equal("Ana Lima", library.GetProperty("author").GetString());
        Assert.Equal("2024-03-09", library.GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Null, library.GetProperty("language").ValueKind);
        var frontMatter = library.GetProperty("frontMatter");
        Assert.Equal(["tags", "reading_time", "rating", "featured", "location"], frontMatter.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["libraries", "harbour"], frontMatter.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(2, frontMatter.GetProperty("reading_time").GetInt32());
        Assert.Equal(4.5, frontMatter.GetProperty("rating").GetDouble());
        Assert.True(frontMatter.GetProperty("featured").GetBoolean());
        Assert.Equal("Port Ellis", frontMatter.GetProperty("location").GetProperty("town").GetString());
        var quote = Assert.Single(library.GetProperty("quotes").EnumerateArray());
        Assert.Equal("Ruth Okafor", quote.GetProperty("speaker").GetString());

        var plain = seeds[1];
        Assert.Empty(plain.GetProperty("frontMatter").EnumerateObject());
        Assert.Equal(JsonValueKind.Null, plain.GetProperty("author").ValueKind);
    }

    [Fact]
    public void Check_ReportsFrontMatterDiagnostics_AtTheirLineAndColumn()
    {
        using var folder = new TempFolder();
        var path = folder.Write("seeds/broken.md", "---\ncategory: news\ncategory: ports\n---\n# Harbour news\n\nBoats are back.\n");

        var result = Tool.Run("check", folder.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([path + "(3,1): warning CG0022: The front matter key 'category' appears twice in the same map, so this value is ignored and the first one kept; remove one of them"], result.OutputLines);
    }

    [Fact]
    public void Preview_PrintsTheMarkdownSeedsClass_WithTypedMembersAndHtml()
    {
        using var folder = new TempFolder();
        var path = folder.Write("harbour-library.md", Markdown);

        var result = Tool.Run("preview", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("public const int ReadingTime = 2;", result.Output, StringComparison.Ordinal);
        Assert.Contains("public const double Rating = 4.5;", result.Output, StringComparison.Ordinal);
        Assert.Contains("public static class Location", result.Output, StringComparison.Ordinal);
        Assert.Contains("public const string Html = \"<h1>The harbour library opens its doors</h1>\\n", result.Output, StringComparison.Ordinal);
    }
}
