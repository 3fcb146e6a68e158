using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ContentGen.Naming;
using ContentGen.Parsing;

namespace ContentGen.Model;

/// <summary>
/// All articles of the compilation with their final names, and every diagnostic to report.
/// Immutable and structurally equatable; rebuilt cheaply on any seed change, while each
/// <see cref="ArticleSpec"/> in it compares equal, and so is not emitted again, unless it changed.
/// </summary>
/// <param name="Articles">The articles, ordered by path.</param>
/// <param name="Index">What the index file lists.</param>
/// <param name="Diagnostics">The diagnostics of every seed, and of naming.</param>
internal sealed record ArticleCatalog(EquatableArray<ArticleSpec> Articles, IndexSpec Index, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>Names the parsed seeds and pairs them with the settings.</summary>
    public static ArticleCatalog Build(ImmutableArray<ParsedSeed> seeds, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var unique = SharedSiteNames.Apply(Deduplicate(seeds));
        var requests = new List<NameRequest>();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var seed in unique)
        {
            cancellationToken.ThrowIfCancellationRequested();
            diagnostics.AddRange(seed.Diagnostics);
            if (seed.Article is not null)
            {
                requests.Add(new NameRequest(seed.Path, seed.RequestedName));
            }
        }

        var names = NameTable.Resolve(requests.ToImmutableArray(), options.ClassName, cancellationToken);
        diagnostics.AddRange(names.Diagnostics);

        var articles = new List<ArticleSpec>();
        var typeNames = new List<string>();
        foreach (var seed in unique)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (seed.Article is not null && names.Find(seed.Path) is { } typeName)
            {
                articles.Add(new ArticleSpec(seed.Path, typeName, TypeNames.FileName(seed.Path), seed.Article, options));
                typeNames.Add(typeName);
            }
        }

        diagnostics.AddRange(global::ContentGen.Diagnostics.FrontMatterChecks.Check(articles));
        typeNames.Sort(StringComparer.Ordinal);
        return new ArticleCatalog(
            new EquatableArray<ArticleSpec>(articles.ToArray()),
            new IndexSpec(new EquatableArray<string>(typeNames.ToArray()), options),
            new EquatableArray<DiagnosticInfo>(diagnostics.ToArray()));
    }

    // The same file listed twice (by the user and by a package) is one seed.
    private static List<ParsedSeed> Deduplicate(ImmutableArray<ParsedSeed> seeds)
    {
        var sorted = new List<ParsedSeed>(seeds);
        sorted.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path) is var byPath and not 0
            ? byPath
            : string.CompareOrdinal(a.RequestedName, b.RequestedName));
        var unique = new List<ParsedSeed>(sorted.Count);
        foreach (var seed in sorted)
        {
            if (unique.Count == 0 || unique[unique.Count - 1].Path != seed.Path)
            {
                unique.Add(seed);
            }
        }

        return unique;
    }
}
