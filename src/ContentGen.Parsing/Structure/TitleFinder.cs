using System.Collections.Generic;
using System.Text;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Finds the headline among a page's leading blocks. A plain article starts with it; a dumped
/// web page hides it among menus, so the headline that a dateline or byline follows, or that
/// the page repeats (in a breadcrumb, a banner or twice over), wins over the first line.
/// </summary>
internal static class TitleFinder
{
    private const int MinStrongWords = 3;
    private const int MinWords = 1;
    private const int MaxWords = 30;
    private const int MaxLength = 300;
    private const int MaxLines = 4;
    private const int DatelineReach = 4;
    private const int RecurrenceScore = 2;
    private const int FirstLineScore = 2;
    private const int LongHeadlineWords = 20;
    private const int FullHeadlineWords = 5;
    private const int RunReach = 3;
    private const int MaxRecurrences = 3;

    // Each recurrence check scans the document once; a bound keeps the whole search linear.
    private const int MaxRecurrenceChecks = 40;

    /// <summary>The index in <paramref name="blocks"/> of the title, or -1 when there are no blocks.</summary>
    public static int Find(IReadOnlyList<TextBlock> blocks, string document)
    {
        if (blocks.Count == 0)
        {
            return -1;
        }

        var flat = Flatten(document);
        var content = ContentStart(blocks);
        var best = -1;
        var bestScore = 0;
        var checks = 0;

        // The headline stands before the article's first paragraphs, never among them.
        for (var i = 0; i < content; i++)
        {
            // A plain article starts with its headline, so the first line is a candidate even
            // when it is short; later lines must earn their place with a dateline or a repeat.
            var isFirst = i == 0 && IsHeadline(blocks[i], strict: false);
            if (!isFirst && !IsHeadline(blocks[i], strict: true))
            {
                continue;
            }

            var score = isFirst ? FirstLineScore : DatelineScore(blocks, i);
            if (checks++ < MaxRecurrenceChecks && Stopwords.Density(blocks[i].Text) > 0 && Recurs(flat, Flatten(blocks[i].Text)))
            {
                score += RecurrenceScore;
            }

            var words = Words.Count(blocks[i].Text);
            if (score > 0 && words >= FullHeadlineWords && words <= LongHeadlineWords)
            {
                score++;
            }

            // On a tie the later line wins: pages print teasers and menus above the headline.
            if (score > 0 && score >= bestScore)
            {
                best = i;
                bestScore = score;
            }
        }

        if (best >= 0)
        {
            return best;
        }

        for (var i = 0; i < content; i++)
        {
            if (IsHeadline(blocks[i], strict: false))
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>
    /// The index of the first block of real prose that another soon follows, where the article
    /// proper starts; a lone good block among menus is a blurb or a cookie notice.
    /// </summary>
    public static int ContentStart(IReadOnlyList<TextBlock> blocks)
    {
        var first = -1;
        var previousGood = -1;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!BlockQuality.IsGood(blocks[i].Text))
            {
                continue;
            }

            if (previousGood >= 0 && i - previousGood <= RunReach)
            {
                return previousGood;
            }

            first = first < 0 ? i : first;
            previousGood = i;
        }

        return first >= 0 ? first : blocks.Count;
    }

    /// <summary>Whether <paramref name="block"/> could be a headline.</summary>
    public static bool IsHeadline(TextBlock block, bool strict)
    {
        var text = block.Text;
        if (block.LineCount > MaxLines || text.Length > MaxLength || text.Length == 0)
        {
            return false;
        }

        var words = Words.Count(text);
        if (words < (strict ? MinStrongWords : MinWords) || words > MaxWords || !StartsLikeHeadline(text))
        {
            return false;
        }

        if (EndsWithStop(text) || HasSentenceBreak(text) || PageLines.IsBylineOrDate(text) || PageLines.IsCaption(text)
            || PageLines.IsBreadcrumb(text) || Terminators.IsTerminator(text) || PageLines.HasClockTime(text))
        {
            return false;
        }

        return !strict || (HasLowerCase(text) && !BlockQuality.IsLinkLike(text) && text.IndexOf('|') < 0);
    }

    // A dateline or byline right under a line marks it as the headline; the nearer, the surer.
    private static int DatelineScore(IReadOnlyList<TextBlock> blocks, int index)
    {
        for (var i = index + 1; i < blocks.Count && i <= index + DatelineReach; i++)
        {
            if (PageLines.IsBylineOrDate(blocks[i].Text))
            {
                return DatelineReach + 1 - (i - index);
            }
        }

        return 0;
    }

    // Twice or three times, as a page's title, breadcrumb and heading repeat it; a line that
    // recurs more often is a menu item or a widget.
    private static bool Recurs(string flat, string headline)
    {
        var count = 0;
        var at = flat.IndexOf(headline, System.StringComparison.Ordinal);
        while (at >= 0 && count <= MaxRecurrences)
        {
            count++;
            at = flat.IndexOf(headline, at + headline.Length, System.StringComparison.Ordinal);
        }

        return count >= 2 && count <= MaxRecurrences;
    }

    private static bool StartsLikeHeadline(string text)
    {
        var c = text[0];
        if (!(char.IsUpper(c) || char.IsDigit(c) || c is '«' or '“' or '"' or '‘' or '\'' or '„'))
        {
            return false;
        }

        // "1. Accueil", "2) Monde": a numbered list item, as breadcrumbs are dumped.
        var i = 0;
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }

        return !(i > 0 && i < text.Length && (text[i] == '.' || text[i] == ')'));
    }

    private static bool EndsWithStop(string text)
    {
        var last = text[text.Length - 1];
        if (last is ',' or ';' or ':')
        {
            return true;
        }

        return last == '.' && !(text.Length > 1 && text[text.Length - 2] == '.');
    }

    // "Texte. Suite": a full stop after a lower-case word or a number, then a capital, is two
    // sentences, which a headline never is; "M. Darmanin" and "…" are not breaks.
    private static bool HasSentenceBreak(string text)
    {
        for (var i = 1; i + 2 < text.Length; i++)
        {
            if (text[i] == '.' && text[i + 1] == ' ' && (char.IsLower(text[i - 1]) || char.IsDigit(text[i - 1]) || text[i - 1] == ')')
                && (char.IsUpper(text[i + 2]) || text[i + 2] is '(' or '['))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLowerCase(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    // White space collapsed, so that a headline wrapped differently elsewhere still matches.
    private static string Flatten(string text)
    {
        var flat = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (Whitespace.IsSpace(c))
            {
                space = flat.Length > 0;
                continue;
            }

            if (space)
            {
                flat.Append(' ');
                space = false;
            }

            flat.Append(c == '’' ? '\'' : c);
        }

        return flat.ToString();
    }
}
