using System;
using System.Linq;
using System.Threading;
using ContentGen.Emit;
using ContentGen.Model;
using ContentGen.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen;

/// <summary>
/// Turns plain-text seed files, given to the compiler as AdditionalFiles, into strongly typed
/// <c>Articles.*</c> classes whose title, paragraphs and quotes are <c>const string</c> members.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ArticleGenerator : IIncrementalGenerator
{
    private readonly Func<ArticleSpec, CancellationToken, string> _emitArticle;

    /// <summary>Creates the generator, as the compiler does.</summary>
    public ArticleGenerator()
        : this(ArticleEmitter.Emit)
    {
    }

    /// <summary>
    /// Creates the generator with another article emitter, so that a test can make one article's
    /// emitting fail and see that the guard reports it and keeps every other file.
    /// </summary>
    internal ArticleGenerator(Func<ArticleSpec, CancellationToken, string> emitArticle) => _emitArticle = emitArticle;

    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Settings are reduced to a small record at once, so that an unrelated change to the
        // project's options or code never reaches the per-article steps.
        var options = context.AnalyzerConfigOptionsProvider
            .Combine(context.ParseOptionsProvider)
            .Select(static (pair, _) => OptionsReader.Read(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Options);

        // Only strings leave this step: the AdditionalText itself is never cached.
        var seeds = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) =>
            {
                var (file, provider) = pair;
                var fileOptions = provider.GetOptions(file);
                if (!OptionsReader.IsSeed(file.Path, fileOptions))
                {
                    return null;
                }

                // The length is checked before the text is copied or parsed: a huge file listed by
                // mistake costs one read, never a stalled build.
                return SeedFile.From(
                    file.Path,
                    file.GetText(cancellationToken),
                    OptionsReader.TypeNameOverride(fileOptions),
                    OptionsReader.MaxSeedSize(provider.GlobalOptions));
            })
            .Where(static seed => seed is not null)
            .Select(static (seed, _) => seed!)
            .WithTrackingName(TrackingNames.Seeds);

        // Parsing is the expensive step, and it runs per file: editing one seed parses one seed.
        var parsed = seeds
            .Select(static (seed, cancellationToken) => SeedParser.Parse(seed, cancellationToken))
            .WithTrackingName(TrackingNames.Parse);

        // Names depend on every seed (collisions), so they are resolved over the whole set. The
        // catalog is cheap to rebuild, and unchanged articles in it compare equal, so below only
        // changed articles are emitted again.
        var catalog = parsed.Collect()
            .Combine(options)
            .Select(static (pair, cancellationToken) => ArticleCatalog.Build(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Names);

        var articles = catalog
            .SelectMany(static (catalog, _) => catalog.Articles)
            .WithTrackingName(TrackingNames.Articles);

        var index = catalog
            .Select(static (catalog, _) => catalog.Index)
            .WithTrackingName(TrackingNames.Index);

        // Diagnostics travel apart from source, so that a new warning never re-emits code.
        var diagnostics = catalog.Select(static (catalog, _) => catalog.Diagnostics);

        // Emitting is guarded too: a bug that throws here would drop every generated file.
        var emitArticle = _emitArticle;
        context.RegisterSourceOutput(articles, (output, spec) =>
            AddSource(output, ArticleEmitter.HintName(spec), EmitGuard.Article(spec, emitArticle, output.CancellationToken, out var failure), failure));

        context.RegisterSourceOutput(index, static (output, spec) =>
            AddSource(output, IndexEmitter.HintName(spec.Options), EmitGuard.Index(spec, output.CancellationToken, out var failure), failure));

        context.RegisterSourceOutput(diagnostics, static (output, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics)
            {
                output.CancellationToken.ThrowIfCancellationRequested();
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });
    }

    private static void AddSource(SourceProductionContext output, string hintName, string? source, DiagnosticInfo? failure)
    {
        if (source is not null)
        {
            output.AddSource(hintName, SourceText.From(source, System.Text.Encoding.UTF8));
        }

        if (failure is not null)
        {
            output.ReportDiagnostic(failure.ToDiagnostic());
        }
    }
}
