using System.Collections.Frozen;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using ContentGen.Parsing.Lexicons;

namespace ContentGen.Benchmarks;

public partial class ParseBenchmarks
{
    private static readonly FrozenSet<string> s_words = StopwordSet();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The floor: per document, one pass over the characters that cuts words (letters and digits,
    /// with in-word apostrophes and hyphens, as the parser cuts them) and looks each word up once
    /// in a frozen, case-insensitive set of stopwords. No parser can read every word for less.
    /// </summary>
    [Benchmark(Baseline = true)]
    public int Floor()
    {
        var hits = 0;
        foreach (var (_, text) in _documents)
        {
            hits += CountStopwords(text);
        }

        return hits;
    }

    private static int CountStopwords(ReadOnlySpan<char> text)
    {
        var hits = 0;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length
                && (char.IsLetterOrDigit(text[i])
                    || (start >= 0 && text[i] is '\'' or '’' or '-' && i + 1 < text.Length && char.IsLetter(text[i + 1])));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                if (s_lookup.Contains(text.Slice(start, i - start)))
                {
                    hits++;
                }

                start = -1;
            }
        }

        return hits;
    }

    private static FrozenSet<string> StopwordSet()
        => Lexicon.All.SelectMany(lexicon => lexicon.Stopwords).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}

/// <summary>The corpora the parse benchmarks read, by name, from <c>../shared/corpus</c>.</summary>
internal static class ParseCorpus
{
    /// <summary>The BBC corpus (2,225 English news articles), or generated documents where it is absent.</summary>
    public const string Bbc = "bbc";

    /// <summary>The French corpus (51 pages on immigration, dumped from news sites with their chrome).</summary>
    public const string French = "fr-immigration";

    private static readonly Dictionary<string, (string Path, string Text)[]> s_loaded = new(StringComparer.Ordinal);

    /// <summary>The documents of corpus <paramref name="name"/>, ordered by path.</summary>
    public static (string Path, string Text)[] Load(string name)
    {
        lock (s_loaded)
        {
            if (!s_loaded.TryGetValue(name, out var documents))
            {
                documents = name == Bbc ? Corpus.Documents : ReadFolder(name);
                s_loaded[name] = documents;
            }

            return documents;
        }
    }

    /// <summary>Where corpus <paramref name="name"/> came from.</summary>
    public static string Describe(string name) => name == Bbc ? Corpus.Description : "../shared/corpus/" + name;

    /// <summary>The UTF-8 size of corpus <paramref name="name"/>.</summary>
    public static long Utf8Bytes(string name) => Load(name).Sum(document => (long)Encoding.UTF8.GetByteCount(document.Text));

    private static (string Path, string Text)[] ReadFolder(string name)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ContentGen.sln")))
            {
                var corpus = Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "corpus", name));
                if (!Directory.Exists(corpus))
                {
                    throw new DirectoryNotFoundException("The corpus " + corpus + " is absent; run with --filter on the BBC case only.");
                }

                return Directory.GetFiles(corpus, "*.txt", SearchOption.AllDirectories)
                    .Order(StringComparer.Ordinal)
                    .Select(path => (Path.GetRelativePath(corpus, path).Replace('\\', '/'), File.ReadAllText(path)))
                    .ToArray();
            }
        }

        throw new DirectoryNotFoundException("No ContentGen.sln above " + AppContext.BaseDirectory);
    }
}

/// <summary>
/// Throughput and allocation per input byte, from the median and the allocated bytes that
/// BenchmarkDotNet measured, divided by the UTF-8 size of the case's corpus.
/// </summary>
internal sealed class ParseColumns : ManualConfig
{
    public ParseColumns()
    {
        AddColumn(new PerByteColumn("MB/s", isThroughput: true), new PerByteColumn("Alloc B/byte", isThroughput: false));
    }

    private sealed class PerByteColumn : IColumn
    {
        private readonly bool _isThroughput;

        public PerByteColumn(string name, bool isThroughput)
        {
            ColumnName = name;
            _isThroughput = isThroughput;
        }

        public string Id => nameof(PerByteColumn) + ColumnName;

        public string ColumnName { get; }

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => _isThroughput ? "Corpus UTF-8 megabytes (10^6) per second, at the median" : "Bytes allocated per corpus UTF-8 byte";

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is not { } statistics
                || benchmarkCase.Parameters["Corpus"] is not string corpus)
            {
                return "-";
            }

            var bytes = (double)ParseCorpus.Utf8Bytes(corpus);
            return _isThroughput
                ? (bytes / 1e6 / (statistics.Median / 1e9)).ToString("N1", System.Globalization.CultureInfo.InvariantCulture)
                : (report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) / bytes ?? 0).ToString("N2", System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
