using System.Text.Json;
using ContentGen.Cli.Tests.Infrastructure;

namespace ContentGen.Cli.Tests;

/// <summary>How paths on the command line become seed files.</summary>
public sealed class FolderExpansionTests
{
    private const string Article = "A headline about the town square\n\nA paragraph about the square.\n";

    [Fact]
    public void Folders_AreSearchedRecursivelyForTxtMdAndMarkdownFiles_InAnyCase_InOrdinalPathOrder()
    {
        using var folder = new TempFolder();
        var b = folder.Write("b.txt", Article);
        var az = folder.Write("a/z.txt", Article);
        var upper = folder.Write("A.txt", Article);
        var deep = folder.Write("a/deeper/m.txt", Article);
        var notes = folder.Write("a/notes.md", Article);
        var post = folder.Write("a/notes.markdown", Article);
        var shouted = folder.Write("a/LOUD.TXT", Article);
        folder.Write("a/notes.text", Article);

        var files = Files(Tool.Run("inspect", "--json", folder.Path));

        // As the build's default seeds: .txt, .md and .markdown in any case, nothing else. Ordinal:
        // upper case sorts before lower case, and '/' (0x2F) before letters.
        Assert.Equal([upper, shouted, deep, post, notes, az, b], files);
    }

    [Fact]
    public void Folders_SkipHiddenFilesAndFolders_AsTheDefaultGlobDoes()
    {
        using var folder = new TempFolder();
        var story = folder.Write("story.txt", Article);
        folder.Write(".#story.txt", Article);
        folder.Write(".drafts/old.txt", Article);
        var named = folder.Write("notes/.kept.txt", Article);

        Assert.Equal([story], Files(Tool.Run("inspect", "--json", folder.Path)));
        Assert.Equal([named], Files(Tool.Run("inspect", "--json", named)));
    }

    [Fact]
    public void Folders_TakeTxtFilesWhateverTheCaseOfTheExtension_AsTheGeneratorDoes()
    {
        using var folder = new TempFolder();
        var upper = folder.Write("SHOUT.TXT", Article);
        folder.Write("notes.text", Article);

        var files = Files(Tool.Run("inspect", "--json", folder.Path));

        Assert.Equal([upper], files);
    }

    [Fact]
    public void NamedFiles_AreTakenWhateverTheirExtension_AndEachFileOnce()
    {
        using var folder = new TempFolder();
        var notes = folder.Write("notes.md", Article);
        var story = folder.Write("story.txt", Article);

        var files = Files(Tool.Run("inspect", "--json", story, notes, folder.Path));

        Assert.Equal([notes, story], files);
    }

    private static string[] Files(CliResult result)
    {
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        return json.RootElement.EnumerateArray().Select(s => s.GetProperty("file").GetString()!).ToArray();
    }
}
