using System;
using System.Collections.Generic;
using ContentGen.Naming;
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

    /// <summary>The seeds with recurring site names split off their titles.</summary>
    public static List<ParsedSeed> Apply(List<ParsedSeed> seeds)
    {
        var sites = Find(seeds);
        if (sites.Count == 0)
        {
            return seeds;
        }

        var result = new List<ParsedSeed>(seeds.Count);
        foreach (var seed in seeds)
        {
            result.Add(Split(seed, sites));
        }

        return result;
    }

    private static HashSet<string> Find(List<ParsedSeed> seeds)
    {
        var titleLines = new List<string>();
        foreach (var seed in seeds)
        {
            if (seed.Article is { } article)
            {
                // An already split title still counts towards its site's recurrence.
                titleLines.Add(article.Source is null ? article.Title : article.Title + " | " + article.Source);
            }
        }

        // Counted once: the catalog is rebuilt on every edit, so this must stay one pass.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in titleLines)
        {
            if (TitleSplitter.Suffix(line) is { } suffix)
            {
                counts[suffix] = counts.TryGetValue(suffix, out var count) ? count + 1 : 1;
            }
        }

        var sites = new HashSet<string>(StringComparer.Ordinal);
        foreach (var suffix in SiteNames.FindRecurring(titleLines))
        {
            var share = counts.TryGetValue(suffix, out var count) ? (double)count / titleLines.Count : 0;
            if (suffix.IndexOf(' ') >= 0 || share >= SingleWordShare)
            {
                sites.Add(suffix);
            }
        }

        return sites;
    }

    private static ParsedSeed Split(ParsedSeed seed, HashSet<string> sites)
    {
        // A title set in the front matter is the user's word: no site name is cut off it.
        if (seed.Article is not { Source: null } article
            || article.FrontMatter.SetsTitle
            || TitleSplitter.Suffix(article.Title) is not { } suffix
            || !sites.Contains(suffix))
        {
            return seed;
        }

        var (title, source) = TitleSplitter.Split(article.Title, suffix);
        if (source is null || title.Length == 0)
        {
            return seed;
        }

        return seed with
        {
            Article = article with { Title = title, Source = source },
            RequestedName = TypeNames.Request(seed.Path, title, seed.TypeNameOverride),
        };
    }
}
