using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A section's label printed between a headline and the site's name in a page's title line ("Councillors keep the
/// library open | Politics | The Harrowby Chronicle", "Le conseil approuve le terminal - Actualités - Le Courrier du
/// Port"): the headline, the label and the site, each after the same separator. The label is the page's chrome, not the
/// headline's: the parser cuts it off with the site and keeps its words as boilerplate, so that no word of the page is
/// lost from the model.
/// </summary>
internal static class SectionLabels
{
    // A section's label is a word or a short name: "Politics", "Local News", "Vida y Estilo".
    private const int MaxLabelWords = 3;

    // A headline has a subject and something said of it, with a word in lower case among them.
    private const int MinHeadlineWords = 2;

    private static readonly string[] s_separators = { " | ", " - ", " – ", " — " };

    /// <summary>
    /// The headline, the site and where the label stands in <paramref name="line"/> when the line ends on a label and a
    /// site after the same separator; else <see langword="null"/>.
    /// </summary>
    /// <param name="line">The title line as read, trimmed.</param>
    public static (string Headline, string Source, int LabelStart, int LabelLength)? Split(string line)
    {
        foreach (var separator in s_separators)
        {
            var siteAt = line.LastIndexOf(separator, StringComparison.Ordinal);
            if (siteAt <= 0)
            {
                continue;
            }

            var labelAt = line.LastIndexOf(separator, siteAt - 1, StringComparison.Ordinal);
            if (labelAt <= 0 || labelAt + separator.Length >= siteAt)
            {
                continue;
            }

            var headline = Whitespace.Trim(line.Substring(0, labelAt));
            var labelStart = labelAt + separator.Length;
            var label = line.AsSpan(labelStart, siteAt - labelStart);
            var source = Whitespace.Trim(line.Substring(siteAt + separator.Length));
            if (IsLabel(label) && IsHeadline(headline) && source.Length > 0 && char.IsUpper(source[0])
                && !HasAnySeparator(source) && IsSite(line, source))
            {
                return (headline, source, labelStart, label.Length);
            }
        }

        return null;
    }

    // A publication's name, or what TitleSplitter cuts off the whole line as its site ("Eco della Bassa").
    private static bool IsSite(string line, string source)
        => TitleSplitter.ReadsAsPublication(source) || string.Equals(TitleSplitter.Split(line).Source, source, StringComparison.Ordinal);

    // Capitalised words, a name's particles or an ampersand between them: a section's name, where a headline's second
    // clause has words in lower case ("- but rebels warn -") and a score or a year opens on a digit.
    private static bool IsLabel(ReadOnlySpan<char> label)
    {
        if (label.Length == 0 || !char.IsUpper(label[0]) || label.IndexOfAny('|', ':') >= 0)
        {
            return false;
        }

        // A section named in sentence case ("Vie locale", "Faits divers", "Medio ambiente").
        if (SectionMenus.IsSectionName(label))
        {
            return true;
        }

        var words = 0;
        var reader = new WordReader(label);
        while (reader.Read())
        {
            var word = reader.Word;
            if (++words > MaxLabelWords
                || !(char.IsUpper(word[0]) || (words > 1 && (Metadata.NameParticles.InTitles.Contains(word) || word is "&"))))
            {
                return false;
            }
        }

        return words > 0;
    }

    // A headline of two words or more with one in lower case past its first, and no other separator of a menu's
    // ("Home | News | Sport | Weather" leaves "Home | News").
    private static bool IsHeadline(string headline)
        => !HasAnySeparator(headline) && Words.Count(headline.AsSpan(), MinHeadlineWords) >= MinHeadlineWords
            && Words.HasLowerCaseAfterFirst(headline.AsSpan(), 1);

    private static bool HasAnySeparator(string text)
    {
        foreach (var separator in s_separators)
        {
            if (text.IndexOf(separator, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
