using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ContentGen.Tests.Infrastructure;

/// <summary>Runs <see cref="ArticleGenerator"/> through <see cref="CSharpGeneratorDriver"/>, as the compiler does.</summary>
internal static class GeneratorHarness
{
    /// <summary>The root namespace of the test consumer project.</summary>
    public const string Namespace = "Consumer";

    /// <summary>The namespace of the generated types under that root namespace.</summary>
    public const string ArticlesNamespace = Namespace + ".Articles";

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => path.EndsWith(".dll", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray());

    /// <summary>The consumer's default settings: its root namespace.</summary>
    public static TestOptionsProvider DefaultOptions { get; } = TestOptionsProvider.Empty.WithProperty("RootNamespace", Namespace);

    /// <summary>
    /// A consumer compilation as a strict project builds it: warnings are errors, documentation
    /// comments are checked, and nullable annotations are on wherever the language has them.
    /// </summary>
    public static CSharpCompilation Compilation(LanguageVersion version, params string[] sources)
    {
        var parseOptions = ParseOptions(version);
        var nullable = version.MapSpecifiedToEffectiveVersion() >= LanguageVersion.CSharp8
            ? NullableContextOptions.Enable
            : NullableContextOptions.Disable;
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithNullableContextOptions(nullable)
            .WithGeneralDiagnosticOption(ReportDiagnostic.Error)
            .WithDeterministic(true);
        return CSharpCompilation.Create(
            "Consumer",
            sources.Select(source => CSharpSyntaxTree.ParseText(source, parseOptions)),
            s_references.Value,
            options);
    }

    /// <summary>The parse options of a consumer at <paramref name="version"/>, with documentation comments checked.</summary>
    public static CSharpParseOptions ParseOptions(LanguageVersion version)
        => new(version, DocumentationMode.Diagnose);

    /// <summary>A driver that tracks its steps, over the given seeds.</summary>
    public static GeneratorDriver Driver(
        IEnumerable<(string Path, string Text)> seeds,
        AnalyzerConfigOptionsProvider? options = null,
        LanguageVersion version = LanguageVersion.Latest)
        => Driver(seeds.Select(seed => (AdditionalText)new InMemoryAdditionalText(seed.Path, seed.Text)), options, version);

    /// <summary>A driver that tracks its steps, over the given AdditionalFiles, running <paramref name="generator"/> or a new one.</summary>
    public static GeneratorDriver Driver(
        IEnumerable<AdditionalText> texts,
        AnalyzerConfigOptionsProvider? options = null,
        LanguageVersion version = LanguageVersion.Latest,
        ArticleGenerator? generator = null)
        => CSharpGeneratorDriver.Create(
            new[] { (generator ?? new ArticleGenerator()).AsSourceGenerator() },
            texts,
            ParseOptions(version),
            options ?? DefaultOptions,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once over <paramref name="seeds"/> in a consumer with <paramref name="sources"/>.</summary>
    public static GeneratorOutcome Run(
        IEnumerable<(string Path, string Text)> seeds,
        LanguageVersion version = LanguageVersion.Latest,
        AnalyzerConfigOptionsProvider? options = null,
        params string[] sources)
    {
        var compilation = Compilation(version, sources);
        var driver = Driver(seeds, options, version).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorOutcome(driver.GetRunResult(), output, diagnostics);
    }

    /// <summary>Runs the generator over every seed in the repository.</summary>
    public static GeneratorOutcome RunSeeds(LanguageVersion version = LanguageVersion.Latest, params string[] sources)
        => Run(Seeds.FileNames.Select(Seeds.Load), version, null, sources);
}

/// <summary>What one generator run produced.</summary>
/// <param name="RunResult">The driver's result, with generated sources and tracked steps.</param>
/// <param name="Output">The consumer compilation with the generated sources added.</param>
/// <param name="Diagnostics">The diagnostics the generator reported.</param>
internal sealed record GeneratorOutcome(GeneratorDriverRunResult RunResult, Compilation Output, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The generated sources by hint name, in ordinal order.</summary>
    public IReadOnlyList<GeneratedSourceResult> Sources
        => RunResult.Results.Single().GeneratedSources.OrderBy(source => source.HintName, StringComparer.Ordinal).ToArray();

    /// <summary>Errors and warnings of the consumer compilation, generated code included.</summary>
    public IReadOnlyList<Diagnostic> CompilationDiagnostics
        => Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
}
