using System;
using System.Linq;
using ContentGen.Diagnostics;
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

        // Names depend on every seed (site names, collisions), so they are resolved over the whole
        // set, but only from the few values naming reads: an edit that changes no title leaves the
        // names equal, and nothing downstream runs again for the other seeds.
        var names = parsed
            .Select(static (seed, _) => SeedNaming.Of(seed))
            .Collect()
            .Combine(options)
            .Select(static (pair, cancellationToken) => ArticleNames.Build(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Names);

        // Articles stay keyed by their seed: Roslyn lines up per-file values by input, whereas the
        // items of one collection (SelectMany) are compared position by position, so adding a
        // seed that sorts first would re-emit every article after it. When the names change,
        // each article is rebuilt, and only those that come out different are emitted again.
        var outcomes = parsed
            .Combine(names)
            .Select(static (pair, _) => SeedOutcome.Of(pair.Left, pair.Right));

        var articles = outcomes
            .Where(static outcome => outcome.Article is not null && !outcome.Repeated)
            .Select(static (outcome, _) => outcome.Article!)
            .WithTrackingName(TrackingNames.Articles);

        var index = names
            .Select(static (names, _) => names.Index)
            .WithTrackingName(TrackingNames.Index);

        // Diagnostics travel apart from source, so that a moved or new warning never re-emits code.
        var seedDiagnostics = outcomes
            .Where(static outcome => !outcome.Repeated)
            .Select(static (outcome, _) => outcome.Diagnostics);

        // A front matter key's type is compared across seeds from each seed's keys alone, so that
        // an edit to a body never reaches this step.
        var typeDiagnostics = parsed
            .Select(static (seed, _) => FrontMatterShape.Of(seed))
            .Collect()
            .Select(static (shapes, cancellationToken) => FrontMatterChecks.TypeMismatches(shapes, cancellationToken))
            .WithTrackingName(TrackingNames.FrontMatterTypes);

        // Emitting is guarded too: a bug that throws here would drop every generated file. It is a
        // step of its own, so that the index leaves out an article that failed (CG9999): listing
        // it would break the consumer's build a second time. The source string is the one the
        // output keeps, so holding it here costs no copy.
        var emitArticle = _emitArticle;
        var emitted = articles.Select((spec, cancellationToken) => EmittedArticle.Of(spec, emitArticle, cancellationToken));
        context.RegisterSourceOutput(emitted, static (output, article) => AddSource(output, article.HintName, article.Source, article.Failure));

        // A file listed twice (the build files prevent it; a host may not) is emitted and reported once.
        var repeated = outcomes
            .Where(static outcome => outcome.Repeated)
            .Collect()
            .Select((outcomes, cancellationToken) => EmittedOutcome.Of(SeedOutcome.Distinct(outcomes), emitArticle, cancellationToken));
        context.RegisterSourceOutput(repeated, static (output, outcomes) =>
        {
            foreach (var outcome in outcomes)
            {
                if (outcome.Article is { } article)
                {
                    AddSource(output, article.HintName, article.Source, article.Failure);
                }

                Report(output, outcome.Diagnostics);
            }
        });

        // Nearly always empty, and equal from run to run: the index is emitted again only when the set of failed articles changes.
        var failed = emitted
            .Where(static article => article.Source is null)
            .Select(static (article, _) => article.TypeName)
            .Collect()
            .Combine(repeated)
            .Select(static (pair, _) => EmittedArticle.FailedTypes(pair.Left, pair.Right));
        context.RegisterSourceOutput(index.Combine(failed), static (output, pair) =>
        {
            var spec = EmittedArticle.Without(pair.Left, pair.Right);
            AddSource(output, IndexEmitter.HintName, EmitGuard.Index(spec, output.CancellationToken, out var failure), failure);
        });

        context.RegisterSourceOutput(seedDiagnostics, static (output, diagnostics) => Report(output, diagnostics));
        context.RegisterSourceOutput(typeDiagnostics, static (output, diagnostics) => Report(output, diagnostics));
        context.RegisterSourceOutput(options, static (output, options) =>
        {
            if (options.RejectedNamespace is { } rejected)
            {
                output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidNamespace, Location.None, rejected, options.Namespace));
            }

            if (options.RejectedVisibility is { } visibility)
            {
                output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidSetting, Location.None, "ContentGenVisibility", visibility, "public or internal", "'" + options.Visibility + "'"));
            }

            if (options.RejectedMaxSeedSize is { } size)
            {
                var fallback = OptionsReader.DefaultMaxSeedSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
                output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidSetting, Location.None, OptionsReader.MaxSeedSizeProperty, size, "a positive whole number of characters", "the default of " + fallback));
            }
        });
    }

    private static void Report(SourceProductionContext output, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.CancellationToken.ThrowIfCancellationRequested();
            output.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
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
