using System;
using System.Collections.Generic;
using ContentGen.Naming;
using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Model;

/// <summary>
/// Splits a site name off titles once it is seen across the compilation: a suffix such as
/// "– Le Monde" that ends several titles is the site, even where one title alone was too short
/// for the single-document rule to cut it.
/// </summary>
internal static class SharedSiteNames
{
    // A one-word suffix ("… - Blair") is often a headline's attribution; it counts as a site
    // only when it ends at least this share of the compilation's titles.
    private const double SingleWordShare = 0.25;

    /// <summary>The site names that recur across the titles of <paramref name="seeds"/>, in ordinal order.</summary>
    public static EquatableArray<string> Find(IReadOnlyList<SeedNaming> seeds)
    {
        var titleLines = new List<string>();
        foreach (var seed in seeds)
        {
            if (seed.Title is { } title)
            {
                // An already split title still counts towards its site's recurrence.
                titleLines.Add(seed.Source is null ? title : title + " | " + seed.Source);
            }
        }

        // Counted once: names are resolved again on every edit, so this must stay one pass.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in titleLines)
        {
            if (TitleSplitter.Suffix(line) is { } suffix)
            {
                counts[suffix] = counts.TryGetValue(suffix, out var count) ? count + 1 : 1;
            }
        }

        var sites = new List<string>();
        foreach (var suffix in SiteNames.FindRecurring(titleLines))
        {
            var share = counts.TryGetValue(suffix, out var count) ? (double)count / titleLines.Count : 0;
            if ((suffix.IndexOf(' ') >= 0 || share >= SingleWordShare) && !sites.Contains(suffix))
            {
                sites.Add(suffix);
            }
        }

        sites.Sort(StringComparer.Ordinal);
        return new EquatableArray<string>(sites.ToArray());
    }

    /// <summary><paramref name="seed"/> with its title split at a site in <paramref name="sites"/>, and the name it then asks for.</summary>
    public static SeedNaming Apply(SeedNaming seed, EquatableArray<string> sites)
        => seed.Title is { } title && seed.Source is null && Split(title, sites) is ({ } split, _)
            ? seed with { Title = split, RequestedName = TypeNames.Request(seed.Path, split, seed.TypeNameOverride) }
            : seed;

    /// <summary><paramref name="article"/> with its title split at a site in <paramref name="sites"/>.</summary>
    public static Article Apply(Article article, EquatableArray<string> sites)
        => article.Source is null && Split(article.Title, sites) is ({ } title, { } source)
            ? article with { Title = title, Source = source }
            : article;

    // The title and site, or nulls when the title ends with no known site or nothing is left of it.
    private static (string? Title, string? Source) Split(string title, EquatableArray<string> sites)
    {
        if (sites.IsEmpty || TitleSplitter.Suffix(title) is not { } suffix || !Contains(sites, suffix))
        {
            return (null, null);
        }

        var (split, source) = TitleSplitter.Split(title, suffix);
        return source is null || split.Length == 0 ? (null, null) : (split, source);
    }

    // Sites are few (one per publisher in the compilation), so a scan is all it takes.
    private static bool Contains(EquatableArray<string> sites, string value)
    {
        foreach (var site in sites)
        {
            if (string.Equals(site, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
