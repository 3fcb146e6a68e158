using System.Text;
using ContentGen.Tests.Infrastructure;

namespace ContentGen.Benchmarks;

/// <summary>
/// The corpus the benchmarks read: the BBC corpus in <c>../shared/corpus/bbc</c> (not in the
/// repository: it is not openly licensed), or, where it is absent, as many generated documents.
/// </summary>
internal static class Corpus
{
    /// <summary>The number of documents in the BBC corpus, and of generated ones in its place.</summary>
    public const int BbcDocumentCount = 2_225;

    private static readonly Lazy<(string Path, string Text)[]> s_documents = new(Load);

    /// <summary>The documents, ordered by path, with paths as a project lists them.</summary>
    public static (string Path, string Text)[] Documents => s_documents.Value;

    /// <summary>Where the documents came from, for the results.</summary>
    public static string Description { get; private set; } = string.Empty;

    /// <summary>The documents' size in UTF-8 bytes.</summary>
    public static long Utf8Bytes => Documents.Sum(document => (long)Encoding.UTF8.GetByteCount(document.Text));

    private static (string Path, string Text)[] Load()
    {
        var folder = FindBbc();
        if (folder is null)
        {
            Description = "synthetic corpus (../shared/corpus/bbc is absent)";
            return SyntheticCorpus.Documents(BbcDocumentCount);
        }

        Description = "BBC corpus, " + folder;
        return Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => ("corpus/" + Path.GetRelativePath(folder, path).Replace('\\', '/'), File.ReadAllText(path)))
            .ToArray();
    }

    private static string? FindBbc()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ContentGen.sln")))
            {
                var bbc = Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "corpus", "bbc"));
                return Directory.Exists(bbc) ? bbc : null;
            }
        }

        return null;
    }
}
