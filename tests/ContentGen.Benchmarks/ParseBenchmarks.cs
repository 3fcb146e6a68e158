using BenchmarkDotNet.Attributes;
using ContentGen.Parsing;

namespace ContentGen.Benchmarks;

/// <summary>
/// The parsing core alone over a whole corpus, side by side with the floor (<see cref="Floor"/>):
/// the least work any reader of every word must do. The MB/s and bytes-per-byte columns divide
/// by the corpus's UTF-8 size; the ratio column is to the floor, measured in the same run.
/// </summary>
[Config(typeof(ParseColumns))]
[WarmupCount(3)]
[IterationCount(15)]
public partial class ParseBenchmarks
{
    private (string Path, string Text)[] _documents = Array.Empty<(string, string)>();

    /// <summary>The corpus, as <see cref="ParseCorpus.Load"/> names it.</summary>
    [Params(ParseCorpus.Bbc, ParseCorpus.French)]
    public string Corpus { get; set; } = ParseCorpus.Bbc;

    [GlobalSetup]
    public void Setup()
    {
        _documents = ParseCorpus.Load(Corpus);
        Console.WriteLine($"// Corpus: {ParseCorpus.Describe(Corpus)}: {_documents.Length} documents, {ParseCorpus.Utf8Bytes(Corpus):N0} UTF-8 bytes");
    }

    [Benchmark]
    public int Parse()
    {
        var paragraphs = 0;
        foreach (var (_, text) in _documents)
        {
            paragraphs += ArticleParser.Parse(text).Paragraphs.Count;
        }

        return paragraphs;
    }
}
