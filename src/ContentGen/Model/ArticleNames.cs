using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ContentGen.Naming;
using ContentGen.Parsing;

namespace ContentGen.Model;

/// <summary>
/// What depends on every seed at once: the recurring site names, the final type names and the
/// index. It is computed from small <see cref="SeedNaming"/> values, so it is cheap to redo and
/// stays equal when an edit changes no title; each article is then built on its own, keyed by
/// its seed, from this and the seed. Immutable and structurally equatable.
/// </summary>
/// <param name="Sites">The site names split off titles across the compilation, in ordinal order.</param>
/// <param name="Table">The type name of every seed that has an article, with a warning for each renamed one.</param>
/// <param name="Kept">For each path listed more than once, the listing that is used; the others are ignored.</param>
/// <param name="Index">What the index file lists.</param>
/// <param name="Options">The generator's settings.</param>
internal sealed record ArticleNames(EquatableArray<string> Sites, NameTable Table, EquatableArray<SeedNaming> Kept, IndexSpec Index, GeneratorOptions Options)
{
    /// <summary>Resolves the names of <paramref name="seeds"/>.</summary>
    public static ArticleNames Build(ImmutableArray<SeedNaming> seeds, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var unique = Deduplicate(seeds, out var kept);
        var sites = SharedSiteNames.Find(unique);
        var requests = new List<NameRequest>(unique.Count);
        foreach (var seed in unique)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (seed.Title is not null)
            {
                requests.Add(new NameRequest(seed.Path, SharedSiteNames.Apply(seed, sites).RequestedName, TypeNames.IsExplicit(seed.TypeNameOverride)));
            }
        }

        var table = NameTable.Resolve(requests.ToImmutableArray(), cancellationToken);
        var indexed = new IndexedArticle[table.Names.Count];
        for (var i = 0; i < indexed.Length; i++)
        {
            indexed[i] = new IndexedArticle(table.Names[i].TypeName, SeedPaths.InProject(table.Names[i].Path, options.ProjectDirectory));
        }

        Array.Sort(indexed, static (a, b) => string.CompareOrdinal(a.TypeName, b.TypeName));
        var index = new IndexSpec(new EquatableArray<IndexedArticle>(indexed), options);
        return new ArticleNames(sites, table, new EquatableArray<SeedNaming>(kept.ToArray()), index, options);
    }

    /// <summary>
    /// Whether <paramref name="seed"/> is a second listing of a path listed more than once (by the
    /// user and by a package), which is ignored so that the path is emitted and reported once.
    /// </summary>
    public bool IsIgnoredListing(SeedNaming seed)
    {
        foreach (var listing in Kept)
        {
            if (listing.Path == seed.Path)
            {
                return !listing.Equals(seed);
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="path"/> is listed more than once.</summary>
    public bool IsRepeated(string path)
    {
        foreach (var listing in Kept)
        {
            if (listing.Path == path)
            {
                return true;
            }
        }

        return false;
    }

    // The same file listed twice is one seed: the listing first in (path, requested name) order.
    private static List<SeedNaming> Deduplicate(ImmutableArray<SeedNaming> seeds, out List<SeedNaming> kept)
    {
        var sorted = new List<SeedNaming>(seeds);
        sorted.Sort(static (a, b) => string.CompareOrdinal(a.Path, b.Path) is var byPath and not 0
            ? byPath
            : string.CompareOrdinal(a.RequestedName, b.RequestedName));
        var unique = new List<SeedNaming>(sorted.Count);
        kept = new List<SeedNaming>();
        foreach (var seed in sorted)
        {
            if (unique.Count > 0 && unique[unique.Count - 1].Path == seed.Path)
            {
                if (kept.Count == 0 || kept[kept.Count - 1].Path != seed.Path)
                {
                    kept.Add(unique[unique.Count - 1]);
                }

                continue;
            }

            unique.Add(seed);
        }

        return unique;
    }
}
