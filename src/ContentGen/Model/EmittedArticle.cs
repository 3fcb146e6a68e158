using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ContentGen.Emit;
using ContentGen.Parsing;

namespace ContentGen.Model;

/// <summary>
/// One article's source, or the CG9999 failure that replaced it. Emitting is a pipeline step, not
/// part of the output, so that the index can leave out the articles that failed: listing them
/// would add a broken reference to the consumer's build. Immutable and structurally equatable.
/// </summary>
/// <param name="HintName">The generated file's hint name.</param>
/// <param name="TypeName">The article's class name, as the index lists it.</param>
/// <param name="Source">The generated source, or <see langword="null"/> when emitting failed.</param>
/// <param name="Failure">The CG9999 diagnostic when emitting failed, else <see langword="null"/>.</param>
internal sealed record EmittedArticle(string HintName, string TypeName, string? Source, DiagnosticInfo? Failure)
{
    /// <summary>Emits <paramref name="spec"/> with <paramref name="emit"/>, guarded.</summary>
    public static EmittedArticle Of(ArticleSpec spec, Func<ArticleSpec, CancellationToken, string> emit, CancellationToken cancellationToken)
    {
        var source = EmitGuard.Article(spec, emit, cancellationToken, out var failure);
        return new EmittedArticle(ArticleEmitter.HintName(spec), spec.TypeName, source, failure);
    }

    /// <summary>The type names of the articles in <paramref name="failed"/> and <paramref name="repeated"/> whose emitting failed, in pipeline order.</summary>
    public static EquatableArray<string> FailedTypes(ImmutableArray<string> failed, EquatableArray<EmittedOutcome> repeated)
    {
        var names = new List<string>(failed);
        foreach (var outcome in repeated)
        {
            if (outcome.Article is { Source: null } article)
            {
                names.Add(article.TypeName);
            }
        }

        return new EquatableArray<string>(names.ToArray());
    }

    /// <summary><paramref name="index"/> without the types in <paramref name="failed"/>.</summary>
    public static IndexSpec Without(IndexSpec index, EquatableArray<string> failed)
    {
        if (failed.IsEmpty)
        {
            return index;
        }

        var kept = new List<IndexedArticle>(index.Articles.Count);
        foreach (var article in index.Articles)
        {
            if (!Contains(failed, article.TypeName))
            {
                kept.Add(article);
            }
        }

        return index with { Articles = new EquatableArray<IndexedArticle>(kept.ToArray()) };
    }

    private static bool Contains(EquatableArray<string> names, string name)
    {
        foreach (var candidate in names)
        {
            if (string.Equals(candidate, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>A seed's emitted article, if it has one, and its diagnostics. Immutable and structurally equatable.</summary>
/// <param name="Article">The article emitted, or <see langword="null"/>.</param>
/// <param name="Diagnostics">The diagnostics about the seed.</param>
internal sealed record EmittedOutcome(EmittedArticle? Article, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>Emits each of <paramref name="outcomes"/>' articles with <paramref name="emit"/>, guarded.</summary>
    public static EquatableArray<EmittedOutcome> Of(EquatableArray<SeedOutcome> outcomes, Func<ArticleSpec, CancellationToken, string> emit, CancellationToken cancellationToken)
    {
        var emitted = new EmittedOutcome[outcomes.Count];
        for (var i = 0; i < emitted.Length; i++)
        {
            var outcome = outcomes[i];
            emitted[i] = new EmittedOutcome(outcome.Article is { } spec ? EmittedArticle.Of(spec, emit, cancellationToken) : null, outcome.Diagnostics);
        }

        return new EquatableArray<EmittedOutcome>(emitted);
    }
}
