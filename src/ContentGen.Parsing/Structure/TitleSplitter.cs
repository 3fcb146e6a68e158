using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Splits a site name off a headline, following the guards of Readability's
/// <c>_getArticleTitle</c>: cut at the last separator, and keep the whole line when what
/// would remain is too short to be a headline on its own; unless the suffix reads as a
/// publication's name (<see cref="ReadsAsPublication"/>), which is cut off even a short headline.
/// </summary>
public static class TitleSplitter
{
    // Readability keeps the whole title when the cut leaves four words or fewer.
    private const int MinimumHeadlineWords = 5;

    // Even before a publication's name, a headline has a subject and something said of it.
    private const int MinimumShortHeadlineWords = 2;

    // A publication's name in Title Case is short: "The Riverside Post", "Gazzetta di Valmora".
    private const int MaxPublicationWords = 5;

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

        // A hyphen before one word is a headline's own attribution ("… - Moss"), not a site.
        var looksLikeAttribution = separator == " - " && Words.Count(tail) < 2;
        if (tail.Length == 0 || looksLikeAttribution)
        {
            return (line, null);
        }

        var headWords = Words.Count(head.AsSpan(), MinimumHeadlineWords);
        if (headWords >= MinimumHeadlineWords)
        {
            return (head, tail);
        }

        // "Harbour plan approved | Coastal Gazette": a short headline keeps no site name. A hyphen
        // is also how a headline quotes its speaker ("Fares must come down - Jane Moss"),
        // so after one the suffix must say it is a publication in so many words.
        var publication = separator == " - " ? HasPublicationWord(tail) : ReadsAsPublication(tail);
        return headWords >= MinimumShortHeadlineWords && publication ? (head, tail) : (line, null);
    }

    /// <summary>
    /// Whether <paramref name="suffix"/> reads as a publication's name: a word such as Times,
    /// Zeitung or Diario in it, or Title Case in at most five words, with only name particles
    /// in lower case ("Dagblad van de Kust", "Le Courrier de l'Estuaire").
    /// </summary>
    public static bool ReadsAsPublication(string suffix)
    {
        if (HasPublicationWord(suffix))
        {
            return true;
        }

        var words = 0;
        var reader = new WordReader(suffix.AsSpan());
        while (reader.Read())
        {
            var word = reader.Word;
            if (++words > MaxPublicationWords)
            {
                return false;
            }

            if (!char.IsUpper(word[0]) && !char.IsDigit(word[0]) && !(words > 1 && (IsParticle(word) || IsElidedCapital(word))))
            {
                return false;
            }
        }

        return words > 0;
    }

    private static bool HasPublicationWord(string suffix)
    {
        var reader = new WordReader(suffix.AsSpan());
        while (reader.Read())
        {
            if (LexiconTables.PublicationWords.Contains(reader.Word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsParticle(ReadOnlySpan<char> word) => Metadata.NameParticles.InTitles.Contains(word);

    // "l'Estuaire", "d'Ivoire": an elided article before a capital.
    private static bool IsElidedCapital(ReadOnlySpan<char> word)
    {
        var apostrophe = word.IndexOfAny('\'', '’');
        return apostrophe is 1 && apostrophe + 1 < word.Length && char.IsUpper(word[apostrophe + 1]);
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
            if (index > best.Index && !(separator == " » " && ClosesAQuote(line, index)))
            {
                best = (index, separator);
            }
        }

        return best;
    }

    // "« Les bus de nuit changent la vie » : entretien …": a guillemet that closes a quotation opened
    // before it is the quotation's end, not a trail's separator.
    private static bool ClosesAQuote(string line, int index)
    {
        var open = 0;
        for (var i = 0; i < index; i++)
        {
            open += line[i] == '«' ? 1 : line[i] == '»' ? -1 : 0;
        }

        return open > 0;
    }
}
