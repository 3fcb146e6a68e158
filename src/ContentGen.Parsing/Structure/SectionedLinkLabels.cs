using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A link box's label may name the section or the place its stories come from after a function word: "Más noticias de
/// Local", "More news from Holmbeck", "Altre notizie da Borgoleone". It labels the box as the label alone does; a sentence
/// that opens with the same words goes on in lower case ("Más noticias de la alcaldesa llegarán mañana.").
/// </summary>
internal static class SectionedLinkLabels
{
    // "de Local", "from the Dales", "da Borgoleone": a function word or two, then the section's or the place's name.
    private const int MaxSectionWords = 4;

    /// <summary>
    /// Whether <paramref name="label"/> is a "read also" call (<c>LinkPrefixes</c>) followed only by a function word and a
    /// capitalised name of a few words, with no figure and no sentence.
    /// </summary>
    public static bool IsLabelWithSection(ReadOnlySpan<char> label)
    {
        var prefix = LexiconTables.LinkPrefixes.LongestStart(label);
        if (prefix <= 0 || prefix >= label.Length || Digits.Any(label) || Punctuation.EndsSentence(label))
        {
            return false;
        }

        var rest = label.Slice(prefix);
        if (!char.IsWhiteSpace(rest[0]) || Words.MoreThan(rest, MaxSectionWords))
        {
            return false;
        }

        var reader = new WordReader(rest);
        var joiners = 0;
        var names = 0;
        while (reader.Read())
        {
            var word = reader.Word;
            if (char.IsUpper(word[0]))
            {
                names++;
            }
            else if (names == 0 && LexiconTables.Stopwords.Contains(word))
            {
                joiners++;
            }
            else
            {
                return false;
            }
        }

        return joiners > 0 && names > 0;
    }
}
