using System.Text;

namespace ContentGen.Parsing.Tests;

/// <summary>
/// The corpora in ../shared/corpus are not openly licensed: none of their text may be copied into
/// this repository (tests, comments, docs, invented pages, evaluation notes). This guard reads every
/// source, test and doc file of the repository and fails when one shares a run of
/// <see cref="SequenceWords"/> words with any corpus document, listing the files and the runs.
/// It skips when the corpus folder is absent, as the other corpus tests do.
/// </summary>
public sealed class CorpusTextTests
{
    // Ten words, numbers counted as words. At eight, generic phrases trip it: a dateline's chrome
    // with its numbers dropped ("publié le … à … mis à jour le"), or a stock phrase of news English
    // (a spokesman for a ministry said it …). Ten words that match a corpus document, numbers included, are a
    // copied sentence, a copied line of chrome or a copied list of names.
    private const int SequenceWords = 10;

    // What is read: text a person writes. Build outputs and the git store are not the repository's text.
    private static readonly string[] s_extensions = { ".cs", ".md", ".txt", ".tsv", ".json", ".csproj", ".props", ".targets", ".sh", ".py", ".yml", ".yaml" };
    private static readonly string[] s_skippedFolders = { "bin", "obj", ".git", ".vs", "TestResults", "BenchmarkDotNet.Artifacts", "node_modules" };

    // An evaluation label stores its file, its place and the answer; the answer (an author, a
    // speaker and the forms the article gives the speaker) is the corpus's own words by design, so
    // those columns are not read. Every other column of a label file is.
    private static readonly string[] s_answerColumnPrefixes = { "author", "speaker", "aliases" };

    private const int MaxRunsShownPerFile = 3;

    [Fact]
    public void NoRepositoryFile_SharesARunOfWordsWithTheCorpus()
    {
        var (repository, corpus) = Roots();
        var corpusRuns = new HashSet<ulong>();
        foreach (var file in Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories))
        {
            AddRuns(File.ReadAllText(file), corpusRuns);
        }

        Assert.True(corpusRuns.Count > 0, "The corpus folder holds no text: " + corpus);

        var failures = new List<string>();
        var total = 0;
        foreach (var file in RepositoryFiles(repository))
        {
            var text = ReadableText(repository, file);
            var shared = SharedRuns(text, corpusRuns);
            if (shared.Count == 0)
            {
                continue;
            }

            total += shared.Count;
            var shown = string.Join("; ", shared.Take(MaxRunsShownPerFile).Select(run => "\"" + run + "\""));
            failures.Add(Path.GetRelativePath(repository, file).Replace('\\', '/') + " (" + shared.Count + "): " + shown);
        }

        Assert.True(
            failures.Count == 0,
            total + " runs of " + SequenceWords + " words in " + failures.Count + " files are copied from ../shared/corpus; "
            + "replace them with invented text of the same shape:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void ARunIsFound_WhateverItsCaseApostrophesOrPunctuation_AndOnlyAtItsFullLength()
    {
        var runs = new HashSet<ulong>();
        AddRuns("The harbour wall reopened on Friday after 2 years of works, the council said.", runs);

        // Two runs of ten: "the … of" and "harbour … works".
        Assert.Equal(2, SharedRuns("Yes: the HARBOUR wall reopened — on Friday after 2 years of works!", runs).Count);
        Assert.Empty(SharedRuns("The harbour wall reopened on Friday after 3 years of works", runs));
        Assert.Empty(SharedRuns("The harbour wall reopened on Friday after 2 years", runs));
        Assert.Equal(3, SharedRuns("l’État paiera les bus de nuit des villages de la vallée", Runs("l'État paiera les bus de nuit des villages de la vallée")).Count);
    }

    [Fact]
    public void ALabelFilesAnswerColumns_AreNotRead_ItsOtherColumnsAre()
    {
        var label = "half\tfile\tline\tauthor_or_-\tnote\nblind\tfr-1.txt\t3\tA B C D E F G H I J K\tone two three\n";

        var read = LabelText(label);

        Assert.DoesNotContain("A B C", read, StringComparison.Ordinal);
        Assert.Contains("fr-1.txt", read, StringComparison.Ordinal);
        Assert.Contains("one two three", read, StringComparison.Ordinal);
    }

    private static HashSet<ulong> Runs(string text)
    {
        var runs = new HashSet<ulong>();
        AddRuns(text, runs);
        return runs;
    }

    private static void AddRuns(string text, HashSet<ulong> runs)
    {
        var words = Words(text);
        for (var i = 0; i + SequenceWords <= words.Count; i++)
        {
            runs.Add(RunHash(words, i));
        }
    }

    // Each run of the text found in the corpus, as the text's own words, once each.
    private static List<string> SharedRuns(string text, HashSet<ulong> corpusRuns)
    {
        var words = Words(text);
        var shared = new List<string>();
        var seen = new HashSet<ulong>();
        for (var i = 0; i + SequenceWords <= words.Count; i++)
        {
            var hash = RunHash(words, i);
            if (corpusRuns.Contains(hash) && seen.Add(hash))
            {
                var first = words[i];
                var last = words[i + SequenceWords - 1];
                shared.Add(string.Join(" ", text.Substring(first.Start, last.Start + last.Length - first.Start).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
            }
        }

        return shared;
    }

    private static ulong RunHash(List<Word> words, int start)
    {
        var hash = 14695981039346656037UL;
        for (var i = start; i < start + SequenceWords; i++)
        {
            hash = (hash ^ words[i].Hash) * 1099511628211UL;
            hash = (hash << 7) | (hash >> 57);
        }

        return hash;
    }

    // A word is a run of letters and digits, read in lower case; anything else (spaces, punctuation,
    // either apostrophe, a dash) only separates words, so a copy is found however it was retyped.
    private static List<Word> Words(string text)
    {
        var words = new List<Word>();
        var start = -1;
        var hash = 0UL;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                if (start < 0)
                {
                    start = i;
                    hash = 14695981039346656037UL;
                }

                hash = (hash ^ char.ToLowerInvariant(text[i])) * 1099511628211UL;
            }
            else if (start >= 0)
            {
                words.Add(new Word(start, i - start, hash));
                start = -1;
            }
        }

        return words;
    }

    private static string ReadableText(string repository, string file)
    {
        var text = File.ReadAllText(file);
        var relative = Path.GetRelativePath(repository, file).Replace('\\', '/');
        return relative.StartsWith("tests/ContentGen.Evaluation/Labels/", StringComparison.Ordinal)
            && relative.EndsWith(".tsv", StringComparison.Ordinal)
            ? LabelText(text)
            : text;
    }

    // The label file without its answer columns; each cell on a line of its own, so no run spans two cells.
    private static string LabelText(string label)
    {
        var lines = label.Split('\n');
        var header = lines[0].TrimEnd('\r').Split('\t');
        var answer = header.Select(h => s_answerColumnPrefixes.Any(p => h.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToArray();
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            var cells = line.TrimEnd('\r').Split('\t');
            for (var c = 0; c < cells.Length; c++)
            {
                if (c >= answer.Length || !answer[c])
                {
                    text.Append(cells[c]).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    private static IEnumerable<string> RepositoryFiles(string repository)
    {
        var folders = new Stack<string>();
        folders.Push(repository);
        var files = new List<string>();
        while (folders.Count > 0)
        {
            var folder = folders.Pop();
            foreach (var sub in Directory.EnumerateDirectories(folder))
            {
                if (!s_skippedFolders.Contains(Path.GetFileName(sub), StringComparer.Ordinal))
                {
                    folders.Push(sub);
                }
            }

            files.AddRange(Directory.EnumerateFiles(folder).Where(f => s_extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase)));
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static (string Repository, string Corpus) Roots()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ContentGen.sln")))
            {
                var corpus = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus"));
                if (!Directory.Exists(corpus))
                {
                    Assert.Skip("The shared corpus is absent: expected ../shared/corpus next to the folder holding ContentGen.sln, so no file can be checked against it.");
                }

                return (dir.FullName, corpus);
            }
        }

        Assert.Skip("The repository root (the folder holding ContentGen.sln) was not found above the test's folder.");
        return default;
    }

    private readonly record struct Word(int Start, int Length, ulong Hash);
}
