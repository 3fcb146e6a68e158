using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using ContentGen.Model;

namespace ContentGen.Benchmarks;

/// <summary>
/// The pipeline's Names step on its own: after any seed edit it rebuilds the catalog over every
/// parsed seed and compares it with the previous one. Both are O(n); this shows what n costs.
/// </summary>
public class CatalogBenchmarks
{
    private ImmutableArray<ParsedSeed> _seeds;
    private ImmutableArray<ParsedSeed> _editedSeeds;
    private ArticleCatalog _previous = null!;
    private GeneratorOptions _options = null!;

    [GlobalSetup]
    public void Setup()
    {
        _seeds = Corpus.Documents.Select(document => SeedParser.Parse(new SeedFile(document.Path, document.Text, null), default)).ToImmutableArray();
        var middle = _seeds.Length / 2;
        var (path, text) = Corpus.Documents[middle];
        _editedSeeds = _seeds.SetItem(middle, SeedParser.Parse(new SeedFile(path, text + "\n\nOne more paragraph.", null), default));
        _options = new GeneratorOptions("Consumer", GeneratorOptions.DefaultClassName, "public", true, true);
        _previous = ArticleCatalog.Build(_seeds, _options, default);
    }

    /// <summary>What the Names step does after one seed changed: rebuild, then compare to the last catalog.</summary>
    [Benchmark]
    public bool RebuildAndCompare() => ArticleCatalog.Build(_editedSeeds, _options, default).Equals(_previous);

    /// <summary>The comparison the SelectMany after it makes, article by article.</summary>
    [Benchmark]
    public int CompareArticles()
    {
        var next = ArticleCatalog.Build(_editedSeeds, _options, default);
        var changed = 0;
        for (var i = 0; i < next.Articles.Count; i++)
        {
            changed += next.Articles[i].Equals(_previous.Articles[i]) ? 0 : 1;
        }

        return changed;
    }
}
