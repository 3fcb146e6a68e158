namespace ContentGen.Parsing.Tests.Text;

/// <summary>
/// A thread lends what one reading used (buffers, caches, the speaker finder) to the next, so
/// nothing an article leaves behind may change how another reads: every invented article and
/// page, and every seed, reads the same in a run of all of them, forwards or backwards, as alone.
/// </summary>
public sealed class ReadingOrderTests
{
    [Fact]
    public void EveryDocument_ReadsInARunAsItReadsAlone()
    {
        var documents = Documents();
        var texts = documents.Select(document => document.Text).ToArray();
        var alone = texts.Select(ReadingThreads.ReadAlone).ToArray();

        var forwards = ReadingThreads.ReadInOneRun(texts);
        var backwards = ReadingThreads.ReadInOneRun(texts.Reverse().ToArray()).Reverse().ToArray();

        Assert.True(documents.Length > 50, $"Only {documents.Length} documents were found beside the tests.");
        for (var i = 0; i < documents.Length; i++)
        {
            Assert.True(alone[i] == forwards[i], $"{documents[i].Name} reads otherwise after the documents before it.");
            Assert.True(alone[i] == backwards[i], $"{documents[i].Name} reads otherwise after the documents after it.");
        }
    }

    private static (string Name, string Text)[] Documents()
    {
        var root = AppContext.BaseDirectory;
        return new[] { "invented", "seeds" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.txt", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetRelativePath(root, path), File.ReadAllText(path)))
            .ToArray();
    }
}
