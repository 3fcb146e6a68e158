using BenchmarkDotNet.Attributes;
using ContentGen.Parsing;

namespace ContentGen.Benchmarks;

/// <summary>
/// The parsing core alone over the whole corpus: throughput in MB/s is the corpus size
/// (printed at setup) divided by the median.
/// </summary>
public class ParseBenchmarks
{
    private (string Path, string Text)[] _documents = Array.Empty<(string, string)>();

    [GlobalSetup]
    public void Setup()
    {
        _documents = Corpus.Documents;
        Console.WriteLine($"// Corpus: {Corpus.Description}: {_documents.Length} documents, {Corpus.Utf8Bytes:N0} UTF-8 bytes");
    }

    [Benchmark]
    public int ParseCorpus()
    {
        var paragraphs = 0;
        foreach (var (_, text) in _documents)
        {
            paragraphs += ArticleParser.Parse(text).Paragraphs.Count;
        }

        return paragraphs;
    }
}
