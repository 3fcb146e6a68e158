using System.Linq;
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
                var source = file.GetText(cancellationToken);
                var limit = OptionsReader.MaxSeedSize(provider.GlobalOptions);
                var typeName = OptionsReader.TypeNameOverride(fileOptions);
                return source is not null && source.Length > limit
                    ? new SeedFile(file.Path, string.Empty, typeName, new SeedTooLarge(source.Length, limit))
                    : new SeedFile(file.Path, source?.ToString() ?? string.Empty, typeName);
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
        var nameDiagnostics = names.Select(static (names, _) => names.Table.Diagnostics);

        // Emitting is guarded too: a bug that throws here would drop every generated file.
        context.RegisterSourceOutput(articles, static (output, spec) =>
            AddSource(output, ArticleEmitter.HintName(spec), EmitGuard.Article(spec, output.CancellationToken, out var failure), failure));

        context.RegisterSourceOutput(index, static (output, spec) =>
            AddSource(output, IndexEmitter.HintName(spec.Options), EmitGuard.Index(spec, output.CancellationToken, out var failure), failure));

        // A file listed twice (the build files prevent it; a host may not) is emitted and reported once.
        var repeated = outcomes
            .Where(static outcome => outcome.Repeated)
            .Collect()
            .Select(static (outcomes, _) => SeedOutcome.Distinct(outcomes));
        context.RegisterSourceOutput(repeated, static (output, outcomes) =>
        {
            foreach (var outcome in outcomes)
            {
                if (outcome.Article is { } spec)
                {
                    AddSource(output, ArticleEmitter.HintName(spec), EmitGuard.Article(spec, output.CancellationToken, out var failure), failure);
                }

                Report(output, outcome.Diagnostics);
            }
        });

        context.RegisterSourceOutput(seedDiagnostics, static (output, diagnostics) => Report(output, diagnostics));
        context.RegisterSourceOutput(nameDiagnostics, static (output, diagnostics) => Report(output, diagnostics));
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
