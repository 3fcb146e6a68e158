using System.Collections.Immutable;
using ContentGen.Emit;
using ContentGen.Model;
using ContentGen.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Cli.Generation;

/// <summary>
/// Runs the real <see cref="ArticleGenerator"/> through <see cref="CSharpGeneratorDriver"/> over a
/// set of seed files, as the compiler does in a build, and reads back what it made of each file.
/// Nothing is recomputed here: type names, articles and diagnostics are the generator's own
/// (articles and names come from its tracked pipeline steps), so the tool cannot drift from it.
/// </summary>
internal sealed class GeneratorRun
{
    // The generator reads no code, so an empty compilation is all the driver needs.
    private static readonly CSharpCompilation s_compilation = CSharpCompilation.Create("ContentGen.Cli");

    private GeneratorRun(int fileCount, IReadOnlyList<SeedReport> seeds, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<GeneratedSourceResult> sources)
    {
        FileCount = fileCount;
        Seeds = seeds;
        Diagnostics = diagnostics;
        Sources = sources;
    }

    /// <summary>How many seed files the generator was given.</summary>
    public int FileCount { get; }

    /// <summary>Each seed's report, in ordinal path order; empty unless the run read the articles.</summary>
    public IReadOnlyList<SeedReport> Seeds { get; }

    /// <summary>Every diagnostic the generator reported, by path, line, column and ID.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Every generated source, by hint name.</summary>
    public IReadOnlyList<GeneratedSourceResult> Sources { get; }

    /// <summary>Runs the generator over <paramref name="seeds"/>.</summary>
    /// <param name="seeds">
    /// The seed files as path and text decoded as the compiler decodes it (<see langword="null"/>
    /// where it could not), in ordinal path order, each path once.
    /// </param>
    /// <param name="rootNamespace">The project's root namespace, or <see langword="null"/> for none: the generated types go into its <c>Articles</c> namespace.</param>
    /// <param name="projectDirectory">The folder seed paths are told relative to, as a build's <c>ProjectDir</c>.</param>
    /// <param name="readArticles">
    /// Whether to fill <see cref="Seeds"/>. That needs the driver to track its steps, which roughly
    /// doubles the run's cost over thousands of files, so commands that only need diagnostics skip it.
    /// </param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static GeneratorRun Execute(IReadOnlyList<(string Path, SourceText? Text)> seeds, string? rootNamespace, string projectDirectory, bool readArticles, CancellationToken cancellationToken)
    {
        var driver = CSharpGeneratorDriver.Create(
            new[] { new ArticleGenerator().AsSourceGenerator() },
            seeds.Select(seed => (AdditionalText)new SeedAdditionalText(seed.Path, seed.Text)),
            new CSharpParseOptions(LanguageVersion.Latest),
            new SeedOptionsProvider(rootNamespace, projectDirectory),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: readArticles));
        var result = driver.RunGenerators(s_compilation, cancellationToken).GetRunResult().Results.Single();
        if (result.Exception is not null)
        {
            throw new GeneratorFailedException("the generator failed: " + result.Exception.GetType().Name + ": " + result.Exception.Message);
        }

        var diagnostics = result.Diagnostics
            .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToArray();
        var sources = result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).ToArray();
        if (!readArticles)
        {
            return new GeneratorRun(seeds.Count, [], diagnostics, sources);
        }

        // The generator emits articles without positions, boilerplate or problems (so that moving
        // text emits nothing again); the reports show them from the parse, with the title and
        // source as emitted, since site names are split across all seeds after parsing.
        var specs = Outputs<ArticleSpec>(result, TrackingNames.Articles).ToDictionary(spec => spec.Path, StringComparer.Ordinal);
        var parsedArticles = new Dictionary<string, Article?>(StringComparer.Ordinal);
        foreach (var parsed in Outputs<ParsedSeed>(result, TrackingNames.Parse))
        {
            parsedArticles.TryAdd(parsed.Path, parsed.Article);
        }

        var diagnosticsByPath = diagnostics.ToLookup(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal);
        var sourcesByHintName = sources.ToDictionary(s => s.HintName, StringComparer.Ordinal);

        var reports = new List<SeedReport>(seeds.Count);
        foreach (var (path, decoded) in seeds)
        {
            var text = decoded?.ToString() ?? string.Empty;
            var fileDiagnostics = diagnosticsByPath[path].ToArray();
            if (specs.TryGetValue(path, out var spec))
            {
                var hintName = ArticleEmitter.HintName(spec);
                var source = sourcesByHintName.TryGetValue(hintName, out var generated) ? generated.SourceText.ToString() : null;
                var article = parsedArticles.GetValueOrDefault(path) is { } parsedArticle
                    ? parsedArticle with { Title = spec.Article.Title, Source = spec.Article.Source }
                    : spec.Article;
                reports.Add(new SeedReport(path, spec.TypeName, article, source, fileDiagnostics) { Text = text });
            }
            else
            {
                reports.Add(new SeedReport(path, null, null, null, fileDiagnostics) { Text = text });
            }
        }

        return new GeneratorRun(seeds.Count, reports, diagnostics, sources);
    }

    // The values a tracked step produced, which must be of the type this tool was written for.
    private static IEnumerable<T> Outputs<T>(GeneratorRunResult result, string stepName)
    {
        if (!result.TrackedSteps.TryGetValue(stepName, out var steps))
        {
            return [];
        }

        return steps.SelectMany(step => step.Outputs).Select(output => output.Value is T value
            ? value
            : throw new GeneratorFailedException($"the generator's pipeline changed: step '{stepName}' no longer yields {typeof(T).Name}; update ContentGen.Cli's GeneratorRun"));
    }
}
