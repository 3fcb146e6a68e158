using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Judges a block of text alone, in the spirit of jusText adapted to plain text: long blocks
/// dense in stopwords are prose; short ones without stopwords or sentence punctuation are chrome.
/// </summary>
internal static class BlockQuality
{
    // jusText's "good" needs 200 characters at a stopword density of 0.32 with full stopword
    // lists; ours are short, so the density bar is lower.
    private const int GoodMinLength = 150;
    private const double GoodMinDensity = 0.2;
    private const int ProseMinWords = 6;
    private const double ProseMinDensity = 0.12;
    private const int LinkLikeMaxWords = 6;

    /// <summary>Whether <paramref name="block"/> is plainly article prose: long and full of function words.</summary>
    public static bool IsGood(BlockFacts block)
        => block.Text.Length >= GoodMinLength && block.Density >= GoodMinDensity && !block.IsCaption;

    /// <summary>Whether <paramref name="block"/> reads as a sentence of body text, however short.</summary>
    public static bool IsProse(BlockFacts block)
        => EndsLikeSentence(block.Text) && block.Words >= ProseMinWords && block.Density >= ProseMinDensity;

    /// <summary>
    /// Whether <paramref name="text"/> ends as a sentence does, possibly inside a closing quote, or on the speaker of
    /// a quotation ("« … », promet Martine Lefort": a dump may lose the full stop, never the attribution).
    /// </summary>
    public static bool EndsLikeSentence(ReadOnlySpan<char> text)
        => Punctuation.EndsSentence(text) || EndsWithQuote(text) || AttributedSpeech.EndsOnAttribution(text);

    /// <summary>Whether <paramref name="text"/> looks like a link or menu item: a few words, no function word, no sentence.</summary>
    public static bool IsLinkLike(string text)
    {
        if (Punctuation.EndsSentence(text))
        {
            return false;
        }

        var count = 0;
        var reader = new WordReader(text.AsSpan());
        while (reader.Read())
        {
            if (++count > LinkLikeMaxWords || Stopwords.IsStopwordOrElision(reader.Word))
            {
                return false;
            }
        }

        return true;
    }

    private static bool EndsWithQuote(ReadOnlySpan<char> text)
        => text.Length > 0 && text[text.Length - 1] is '"' or '”' or '»';
}
