using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests;

/// <summary>
/// Runs the parser over the real corpora in ../shared/corpus, next to the repository. Their text
/// is not openly licensed, so it is read from there and never copied into this repository; the
/// tests skip when the folder is absent.
/// </summary>
public sealed class CorpusTests
{
    // Lines that are chrome wherever they stand: none may survive as a body paragraph.
    private static readonly string[] s_knownBoilerplate =
    {
        "Skip to content", "Share this", "Advertisement", "Publicité", "Lire aussi", "Read more", "Partager",
        "Je m'abonne", "S'abonner", "Tous droits réservés", "All rights reserved", "Accéder au contenu principal",
        "Article réservé aux abonnés", "Newsletter", "Se connecter",
    };

    [Fact]
    public void EveryFile_ParsesWithATitle_AndNoBoilerplateInTheBody()
    {
        var failures = new List<string>();
        foreach (var file in CorpusFiles())
        {
            var article = ArticleParser.Parse(File.ReadAllText(file));
            var name = Path.GetRelativePath(CorpusRoot()!, file);
            if (string.IsNullOrWhiteSpace(article.Title))
            {
                failures.Add(name + ": empty title");
            }

            foreach (var paragraph in article.Paragraphs)
            {
                if (s_knownBoilerplate.Any(b => string.Equals(paragraph.Text.TrimEnd('.', ' ', ':'), b, StringComparison.OrdinalIgnoreCase)))
                {
                    failures.Add(name + ": boilerplate paragraph at line " + paragraph.Position.Line);
                }
            }
        }

        Assert.Empty(failures);
    }

    // A thread lends what one reading used to the next (buffers, caches, the speaker finder): an
    // article must read the same whichever articles its thread read before it.
    [Fact]
    public void EveryFile_ReadsTheSameAfterAnyOtherFiles()
    {
        var texts = CorpusFiles().Select(File.ReadAllText).ToArray();
        var forwards = Text.ReadingThreads.ReadInOneRun(texts);
        var backwards = Text.ReadingThreads.ReadInOneRun(texts.Reverse().ToArray()).Reverse().ToArray();

        var differing = Enumerable.Range(0, texts.Length).Where(i => forwards[i] != backwards[i]).ToList();
        Assert.True(differing.Count == 0, $"{differing.Count} files read otherwise after other files, the first at index {differing.FirstOrDefault()}.");
    }

    [Fact]
    public void EveryBbcTitle_IsLineOneExactly()
    {
        var failures = new List<string>();
        var bbc = CorpusFiles().Where(f => f.Contains(Path.DirectorySeparatorChar + "bbc" + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList();
        Assert.True(bbc.Count > 0, "The corpus folder has no bbc/ files.");
        foreach (var file in bbc)
        {
            var text = File.ReadAllText(file);
            var lineOne = text.Split('\n')[0].Trim();
            var article = ArticleParser.Parse(text);
            if (!string.Equals(article.Title, lineOne, StringComparison.Ordinal))
            {
                failures.Add(Path.GetFileName(Path.GetDirectoryName(file)) + "/" + Path.GetFileName(file));
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void BbcTitleLines_HaveNoRecurringSiteName()
    {
        var bbc = CorpusFiles().Where(f => f.Contains(Path.DirectorySeparatorChar + "bbc" + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        var titles = bbc.Select(f => File.ReadLines(f).FirstOrDefault());
        Assert.DoesNotContain(SiteNames.FindRecurring(titles), s => s.Split(' ').Length > 1);
    }

    private static IEnumerable<string> CorpusFiles()
    {
        var root = CorpusRoot();
        if (root is null)
        {
            Assert.Skip("The shared corpus is absent: expected ../shared/corpus next to the folder holding ContentGen.sln.");
        }

        return Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
    }

    private static string? CorpusRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ContentGen.sln")))
            {
                var corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
                return Directory.Exists(corpus) ? corpus : null;
            }
        }

        return null;
    }
}
