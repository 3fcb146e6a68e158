using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using ContentGen.Model;

namespace ContentGen.Benchmarks;

/// <summary>
/// The pipeline's whole-set work after any seed edit: the Names step resolves site and type names
/// again over every seed's naming values and compares the result with the previous one. Both are
/// O(n); this shows what n costs. Articles themselves are rebuilt per seed, not here.
/// </summary>
public class NamesBenchmarks
{
    private ImmutableArray<SeedNaming> _seeds;
    private ImmutableArray<SeedNaming> _editedSeeds;
    private ArticleNames _previous = null!;
    private GeneratorOptions _options = null!;

    [GlobalSetup]
    public void Setup()
    {
        var parsed = Corpus.Documents.Select(document => SeedParser.Parse(new SeedFile(document.Path, document.Text, null), default)).ToArray();
        _seeds = parsed.Select(SeedNaming.Of).ToImmutableArray();
        var middle = parsed.Length / 2;
        var (path, text) = Corpus.Documents[middle];
        _editedSeeds = _seeds.SetItem(middle, SeedNaming.Of(SeedParser.Parse(new SeedFile(path, text + "\n\nOne more paragraph.", null), default)));
        _options = new GeneratorOptions("Consumer.Articles", "public", true, true);
        _previous = ArticleNames.Build(_seeds, _options, default);
    }

    /// <summary>What the Names step does after one seed's body changed: resolve again, then compare to the last result.</summary>
    [Benchmark]
    public bool ResolveAndCompare() => ArticleNames.Build(_editedSeeds, _options, default).Equals(_previous);
}
