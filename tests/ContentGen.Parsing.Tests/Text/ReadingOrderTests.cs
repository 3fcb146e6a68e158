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
        var alone = documents.Select(ReadOnAFreshThread).ToArray();

        var forwards = ReadInOneRun(documents);
        var backwards = ReadInOneRun(documents.AsEnumerable().Reverse().ToArray()).Reverse().ToArray();

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

    private static Article[] ReadInOneRun((string Name, string Text)[] documents)
    {
        var articles = new Article[documents.Length];
        var thread = new Thread(() =>
        {
            for (var i = 0; i < documents.Length; i++)
            {
                articles[i] = ArticleParser.Parse(documents[i].Text);
            }
        });
        thread.Start();
        thread.Join();
        return articles;
    }

    private static Article ReadOnAFreshThread((string Name, string Text) document)
    {
        Article? article = null;
        var thread = new Thread(() => article = ArticleParser.Parse(document.Text));
        thread.Start();
        thread.Join();
        return article!;
    }
}
