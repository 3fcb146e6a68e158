using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Finds site names across documents: a suffix after a title separator ("… – RT in French")
/// that ends the titles of two or more documents is the site, whatever its length, while a
/// suffix seen once may just be the end of a headline.
/// </summary>
public static class SiteNames
{
    private const int MinDocuments = 2;
    private const int MaxSiteWords = 8;

    /// <summary>
    /// The suffixes that end the title lines of at least two documents, in ordinal order, each
    /// fit to pass to <see cref="TitleSplitter.Split"/> as the known source.
    /// </summary>
    /// <param name="titleLines">One title line per document; null and blank entries are skipped.</param>
    public static IReadOnlyList<string> FindRecurring(IEnumerable<string?>? titleLines)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (titleLines is not null)
        {
            foreach (var line in titleLines)
            {
                if (line is null)
                {
                    continue;
                }

                var suffix = TitleSplitter.Suffix(Whitespace.Trim(line));
                if (suffix is { Length: > 0 } && Words.Count(suffix) <= MaxSiteWords)
                {
                    counts[suffix] = counts.TryGetValue(suffix, out var count) ? count + 1 : 1;
                }
            }
        }

        var recurring = new List<string>();
        foreach (var pair in counts)
        {
            if (pair.Value >= MinDocuments)
            {
                recurring.Add(pair.Key);
            }
        }

        recurring.Sort(StringComparer.Ordinal);
        return recurring;
    }
}
