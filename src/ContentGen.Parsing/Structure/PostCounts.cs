using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// The count lines a social network's embed code prints under a post an article quotes, read by their parts as
/// <see cref="PageJumps"/> reads a jump line: a count before a reaction's word alone ("1 248 J'aime", "3.402 Me gusta"), a
/// bar of such counts parted by middle dots with the post's buttons ("412 J'aime · 57 réponses · Copier le lien", "86 likes
/// · 12 replies · Copy link"), and the link that opens a post's comments with their count ("Afficher les 96 commentaires",
/// "View all 96 comments", "Alle 96 Kommentare anzeigen"). They were kept as the article's lines, and, ending a post's
/// block over a paragraph, read as its headings. An article's sentence that counts reactions goes on past them or ends on
/// a stop; a heading that counts comments ("Les 96 commentaires de la consultation") names no verb that shows them.
/// </summary>
internal static class PostCounts
{
    // "View all 1 248 comments", "Bekijk alle 96 reacties", "Visualizza tutti i 96 commenti": six words, the count's groups
    // counted as words. The bound keeps to a button's length: a sentence that names comments runs longer.
    private const int MaxCommentLinkWords = 6;

    // Besides the verb, the count and the comment's word, a link names a determiner or two ("all", "les", "todos os").
    private const int MaxOtherCommentLinkWords = 2;

    private const char MiddleDot = '·';
    private const string MiddleDotSeparator = "·";

    /// <summary>
    /// Whether <paramref name="text"/> (a line with its trailing marks trimmed; <paramref name="line"/> as printed) is a
    /// post's count alone, a bar of its counts and buttons, or the link to its comments with their count.
    /// </summary>
    /// <remarks>Cheap: a line with no digit is left at once; else one pass over its parts and a table lookup for each.</remarks>
    public static bool IsPostCountLine(ReadOnlySpan<char> text, ReadOnlySpan<char> line)
        => Digits.Any(text) && (IsReactionCount(text, inBar: false) || IsCountBar(text) || IsCommentLink(text, line));

    // "412 J'aime", "1 248 J'aime", "1,2K likes": a count, then a reaction's word and nothing else. In a bar, a count of
    // comments or replies too ("57 réponses"): alone on its line, such a count opens a page's comments (Terminators), and
    // everything under it is the page's trailer.
    private static bool IsReactionCount(ReadOnlySpan<char> part, bool inBar)
    {
        part = part.Trim();
        var count = CountLength(part);
        if (count == 0 || count == part.Length || !char.IsWhiteSpace(part[count]))
        {
            return false;
        }

        var word = part.Slice(count).Trim();
        return LexiconTables.ReactionCountWords.Contains(word) || (inBar && IsOneWord(word) && LexiconTables.CommentCountWords.StartsAny(word));
    }

    // "412 J'aime · 57 réponses · Copier le lien": two parts or more, each a count or a button, one at least a count.
    private static bool IsCountBar(ReadOnlySpan<char> text)
    {
        if (text.IndexOf(MiddleDot) < 0)
        {
            return false;
        }

        var counts = 0;
        var parts = new SeparatedParts(text, MiddleDotSeparator.AsSpan());
        while (parts.Read())
        {
            var part = parts.Part.Trim();
            if (IsReactionCount(part, inBar: true))
            {
                counts++;
            }
            else if (part.Length == 0 || !LexiconTables.ButtonLabels.Contains(part))
            {
                return false;
            }
        }

        return counts > 0;
    }

    // "Afficher les 96 commentaires", "View all 96 comments", "Alle 96 Kommentare anzeigen": a verb that shows them first or
    // last, the count right before a comment's word, and at most two other words; no stop, since a sentence ends on one.
    private static bool IsCommentLink(ReadOnlySpan<char> text, ReadOnlySpan<char> line)
    {
        var printed = line.TrimEnd();
        if (printed.Length == 0 || Punctuation.IsTerminal(printed[printed.Length - 1]))
        {
            return false;
        }

        var words = 0;
        var others = 0;
        var inCount = false;
        var seenCount = false;
        var verbFirst = false;
        var reader = new WordReader(text);
        while (reader.Read())
        {
            if (++words > MaxCommentLinkWords)
            {
                return false;
            }

            var word = reader.Word;
            if (char.IsDigit(word[0]))
            {
                // One count only, its groups ("1 248") read as one.
                inCount = Digits.Only(word) && (inCount || !seenCount);
                seenCount = true;
                if (!inCount)
                {
                    return false;
                }

                continue;
            }

            if (inCount)
            {
                // The count stands right before the comment's word; after it, nothing or the verb ("Alle 96 Kommentare anzeigen").
                if (!LexiconTables.CommentCountWords.StartsAny(word))
                {
                    return false;
                }

                if (!reader.Read())
                {
                    return verbFirst;
                }

                return words < MaxCommentLinkWords && LexiconTables.RevealVerbs.Contains(reader.Word) && !reader.Read();
            }

            var verb = LexiconTables.RevealVerbs.Contains(word);
            verbFirst |= verb && words == 1;
            if (!verb && ++others > MaxOtherCommentLinkWords)
            {
                return false;
            }
        }

        return false;
    }

    // The length of the count opening `text`: digits, grouped by a space, a dot, a comma or an apostrophe before three
    // digits ("1 248", "1.059", "12,400"), with a decimal and a thousand's or a million's letter ("1,2K", "3.4M"); else 0.
    internal static int CountLength(ReadOnlySpan<char> text)
    {
        var i = Digits.End(text, 0);

        if (i == 0)
        {
            return 0;
        }

        while (i + 1 < text.Length && text[i] is ' ' or '\u00A0' or '\u202F' or '.' or ',' or '\'' && char.IsDigit(text[i + 1]))
        {
            var end = Digits.End(text, i + 1);

            // A group of three is a thousand's; a dot or a comma before fewer digits is a decimal, which a letter closes.
            var group = end - i - 1;
            var decimalAbbreviated = text[i] is '.' or ',' && group < 3 && end < text.Length && text[end] is 'K' or 'k' or 'M';
            if (group != 3 && !decimalAbbreviated)
            {
                break;
            }

            i = end;
        }

        if (i < text.Length && text[i] is 'K' or 'k' or 'M' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
        {
            i++;
        }

        return i;
    }

    private static bool IsOneWord(ReadOnlySpan<char> text) => text.IndexOf(' ') < 0;
}
