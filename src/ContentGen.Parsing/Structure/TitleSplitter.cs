using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Splits a site name off a headline, following the guards of Readability's
/// <c>_getArticleTitle</c>: cut at the last separator, and keep the whole line when what
/// would remain is too short to be a headline on its own.
/// </summary>
public static class TitleSplitter
{
    // Readability keeps the whole title when the cut leaves four words or fewer.
    private const int MinimumHeadlineWords = 5;

    private static readonly string[] s_separators = { " – ", " — ", " | ", " - ", " :: ", " » " };

    /// <summary>Splits <paramref name="line"/> into a headline and an optional site name.</summary>
    /// <param name="line">The title line, trimmed.</param>
    /// <param name="knownSource">A site name already known to recur across documents, or <see langword="null"/>.</param>
    public static (string Title, string? Source) Split(string line, string? knownSource = null)
    {
        if (knownSource is not null && TrySplitKnown(line, knownSource, out var known))
        {
            return known;
        }

        var (index, separator) = LastSeparator(line);
        if (index < 0)
        {
            return (line, null);
        }

        var head = Whitespace.Trim(line.Substring(0, index));
        var tail = Whitespace.Trim(line.Substring(index + separator.Length));

        // A hyphen before one word is a headline's own attribution ("… - Kennedy"), not a site.
        var looksLikeAttribution = separator == " - " && Words.Count(tail) < 2;
        if (tail.Length == 0 || Words.Count(head) < MinimumHeadlineWords || looksLikeAttribution)
        {
            return (line, null);
        }

        return (head, tail);
    }

    /// <summary>The text after the last separator, or <see langword="null"/> when there is none.</summary>
    public static string? Suffix(string line)
    {
        var (index, separator) = LastSeparator(line);
        return index < 0 ? null : Whitespace.Trim(line.Substring(index + separator.Length));
    }

    private static bool TrySplitKnown(string line, string source, out (string, string?) split)
    {
        split = default;
        foreach (var separator in s_separators)
        {
            var suffix = separator + source;
            if (line.EndsWith(suffix, StringComparison.Ordinal) && line.Length > suffix.Length)
            {
                split = (Whitespace.Trim(line.Substring(0, line.Length - suffix.Length)), source);
                return true;
            }
        }

        return false;
    }

    private static (int Index, string Separator) LastSeparator(string line)
    {
        var best = (Index: -1, Separator: string.Empty);
        foreach (var separator in s_separators)
        {
            var index = line.LastIndexOf(separator, StringComparison.Ordinal);
            if (index > best.Index)
            {
                best = (index, separator);
            }
        }

        return best;
    }
}
