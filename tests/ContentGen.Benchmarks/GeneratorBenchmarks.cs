using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace ContentGen.Benchmarks;

/// <summary>
/// The generator as the compiler runs it, over the whole corpus: a first run, then the
/// incremental runs that follow a keystroke in one document or in an unrelated C# file. Each
/// incremental run starts from the same warmed driver, so each measures exactly one edit.
/// </summary>
public class GeneratorBenchmarks
{
    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest);

    private AdditionalText[] _texts = Array.Empty<AdditionalText>();
    private AdditionalText _edited = null!;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _editedCompilation = null!;
    private GeneratorDriver _warm = null!;
    private TestOptionsProvider _options = null!;

    [GlobalSetup]
    public void Setup()
    {
        var documents = Corpus.Documents;
        Console.WriteLine($"// Corpus: {Corpus.Description}: {documents.Length} documents, {Corpus.Utf8Bytes:N0} UTF-8 bytes");
        _texts = documents.Select(document => (AdditionalText)new InMemoryAdditionalText(document.Path, document.Text)).ToArray();

        // One word of one paragraph in the middle of the corpus, as a keystroke changes it.
        var middle = _texts.Length / 2;
        var text = documents[middle].Text;
        var space = text.IndexOf(' ', text.Length / 2);
        _edited = new InMemoryAdditionalText(documents[middle].Path, text.Substring(0, space) + " edited" + text.Substring(space));

        _options = TestOptionsProvider.Empty.WithProperty("RootNamespace", "Consumer");
        _compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("class Program { }", s_parseOptions) },
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _editedCompilation = _compilation.ReplaceSyntaxTree(
            _compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText("class Program { static void Main() { } }", s_parseOptions));
        _warm = NewDriver().RunGenerators(_compilation);
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver FullRun() => NewDriver().RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver EditOneDocument() => _warm.ReplaceAdditionalText(_texts[_texts.Length / 2], _edited).RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver EditUnrelatedCSharpFile() => _warm.RunGenerators(_editedCompilation);

    [Benchmark]
    public GeneratorDriver NothingChanged() => _warm.RunGenerators(_compilation);

    private GeneratorDriver NewDriver()
        => CSharpGeneratorDriver.Create(new[] { new ArticleGenerator().AsSourceGenerator() }, _texts, s_parseOptions, _options);

    private static ImmutableArray<MetadataReference> References()
        => ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => path.EndsWith(".dll", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
}
