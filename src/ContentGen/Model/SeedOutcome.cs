using System.Collections.Generic;
using System.Collections.Immutable;
using ContentGen.Diagnostics;
using ContentGen.Parsing;

namespace ContentGen.Model;

/// <summary>
/// What one seed yields once names are known: the article to emit, if any, and the diagnostics to
/// report, which hold every position. The two are taken apart right after this step, so that a
/// change to one never reaches the other's output. Immutable and structurally equatable.
/// </summary>
/// <param name="Article">The article to emit, or <see langword="null"/>.</param>
/// <param name="Diagnostics">The diagnostics about the seed.</param>
/// <param name="Repeated">
/// Whether the seed's path is listed more than once. Steps that run per listing cannot tell equal
/// listings apart, so these rare outcomes are gathered and emitted once (<see cref="Distinct"/>).
/// </param>
internal sealed record SeedOutcome(ArticleSpec? Article, EquatableArray<DiagnosticInfo> Diagnostics, bool Repeated = false)
{
    private static readonly SeedOutcome s_none = new(null, EquatableArray<DiagnosticInfo>.Empty);

    /// <summary>The outcome of <paramref name="seed"/>, named by <paramref name="names"/>.</summary>
    public static SeedOutcome Of(ParsedSeed seed, ArticleNames names)
    {
        var naming = SeedNaming.Of(seed);
        if (names.IsIgnoredListing(naming))
        {
            return s_none;
        }

        var article = seed.Article is { } parsed && names.Table.Find(seed.Path) is { } typeName
            ? new ArticleSpec(seed.Path, typeName, SeedPaths.InProject(seed.Path, names.Options.ProjectDirectory), ArticleContent.Of(SharedSiteNames.Apply(parsed, names.Sites)), names.Options)
            : null;
        var diagnostics = article is null ? seed.Diagnostics : FrontMatterChecks.WithNameClashes(seed.Diagnostics, seed.Article!, article.TypeName, seed.Path);
        diagnostics = WithNameWarnings(diagnostics, names.Table.DiagnosticsFor(seed.Path, seed.NamePlace));
        return new SeedOutcome(article, diagnostics, names.IsRepeated(naming.Path));
    }

    private static EquatableArray<DiagnosticInfo> WithNameWarnings(EquatableArray<DiagnosticInfo> diagnostics, IEnumerable<DiagnosticInfo> warnings)
    {
        var all = new List<DiagnosticInfo>(diagnostics);
        all.AddRange(warnings);
        return all.Count == diagnostics.Count ? diagnostics : new EquatableArray<DiagnosticInfo>(all.ToArray());
    }

    /// <summary>Each of <paramref name="outcomes"/> once, and at most one article per path, in path order.</summary>
    public static EquatableArray<SeedOutcome> Distinct(ImmutableArray<SeedOutcome> outcomes)
    {
        var distinct = new List<SeedOutcome>(outcomes.Length);
        foreach (var outcome in outcomes)
        {
            if (!distinct.Exists(kept => kept.Equals(outcome) || (outcome.Article is not null && kept.Article?.Path == outcome.Article.Path)))
            {
                distinct.Add(outcome);
            }
        }

        distinct.Sort(static (a, b) => string.CompareOrdinal(a.Article?.Path, b.Article?.Path));
        return new EquatableArray<SeedOutcome>(distinct.ToArray());
    }
}
