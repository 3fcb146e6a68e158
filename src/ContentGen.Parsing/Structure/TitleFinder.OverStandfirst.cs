using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// The headline that the strict rules refuse, found by where it stands: set apart right over the standfirst, which stands
// right over the byline and the date. Sites print headlines of two words ("Fogo controlado", "Harbour reopens") and
// headlines closed by a full stop ("Bibliotheek gaat ook op zondag open."), which read as a label or as a sentence alone.
internal static partial class TitleFinder
{
    // Enough for a byline's stack (name, place, date) under the standfirst.
    private const int StandfirstStampsReach = 3;

    // Lines of chrome over the headline (a skip link, the site's name, a menu): a plain article's first line is its headline.
    private const int MinChromeOverPlacedHeadline = 2;

    // A standfirst printed as two paragraphs (a page split it at a sentence's end): more is the article's opening.
    private const int MaxStandfirstParagraphs = 2;

    // Two words make a headline; one is a section's label ("Região", "Lokales").
    private const int MinPlacedHeadlineWords = 2;

    /// <summary>
    /// The block set apart right over a standfirst that the byline's stack follows, from <paramref name="content"/> (the
    /// article's first paragraph as read) on, when it reads as a headline of two words or more or as one short sentence
    /// under a line that is no prose (the page's chrome) and no headline (under one, it is the standfirst's first sentence,
    /// printed apart); -1 when the page has no such stack. <paramref name="lastUnbroken"/> is the last block no blank line
    /// parts from the page's top (LastUnbrokenBlock).
    /// </summary>
    /// <remarks>
    /// A page printed with no blank line from its top to the stack sets nothing apart: every line is glued to the next, so
    /// being glued tells nothing there, and the stack is the lines glued over the dateline up to the standfirst's prose.
    /// A standfirst a page split in two paragraphs is read whole where no headline stands over its first paragraph alone.
    /// </remarks>
    private static int HeadlineOverStandfirst(IReadOnlyList<TextBlock> blocks, int content, int lastUnbroken)
    {
        var stamps = -1;
        for (var i = System.Math.Max(1, content - StandfirstStampsReach); i < blocks.Count && i <= content + StandfirstStampsReach; i++)
        {
            if (blocks[i].Facts.IsBylineOrDate)
            {
                stamps = i;
                break;
            }
        }

        // The byline's stack: the name and the place printed glued over the dateline are the stack's.
        var unbroken = stamps > 0 && stamps <= lastUnbroken;
        while (stamps > 0 && Glued(blocks[stamps - 1], blocks[stamps]) && !(unbroken && LooseProse.IsProse(blocks[stamps - 1].Facts)))
        {
            stamps--;
        }

        // A page may print the standfirst as two paragraphs: read as one first, as a page prints it most often.
        return stamps > 0 && PlacedOver(blocks, stamps, 1, unbroken) is var placed and >= 0 ? placed
            : stamps > 0 ? PlacedOver(blocks, stamps, MaxStandfirstParagraphs, unbroken) : -1;
    }

    // The headline set apart over a standfirst of `paragraphs` paragraphs of prose, right over the stack at `stamps`, or -1.
    private static int PlacedOver(IReadOnlyList<TextBlock> blocks, int stamps, int paragraphs, bool unbroken)
    {
        var headline = stamps - 1 - paragraphs;
        if (headline < 1 || (!unbroken && (Glued(blocks[headline], blocks[headline + 1]) || Glued(blocks[headline - 1], blocks[headline]))))
        {
            return -1;
        }

        var standfirstWords = 0;
        for (var k = headline + 1; k < stamps; k++)
        {
            if (!LooseProse.IsProse(blocks[k].Facts) || blocks[k].Facts.IsCaption)
            {
                return -1;
            }

            standfirstWords += blocks[k].Facts.Words;
        }

        var facts = blocks[headline].Facts;
        var above = blocks[headline - 1].Facts;
        return blocks[headline].LineCount == 1 && facts.Words >= MinPlacedHeadlineWords && facts.Words <= LongHeadlineWords
            && facts.Words < standfirstWords && (IsHeadline(blocks[headline], strict: false) || IsSentenceHeadline(blocks[headline]))
            && !LooseProse.IsProse(above) && !IsHeadlineAbove(blocks, headline - 1, unbroken) && !IsSiteName(blocks[headline].Text)
            ? headline
            : -1;
    }

    // "Stadtrat beschließt neues Radwegenetz | Nordstädter Zeitung": a line set apart, of three words or more, that may be a
    // headline, with or without the site's name after it; a section's label ("Regio") is a word or two, and a menu's line
    // is glued in its group.
    private static bool IsHeadlineAbove(IReadOnlyList<TextBlock> blocks, int k, bool unbroken)
        => blocks[k].LineCount == 1 && blocks[k].Facts.Words >= MinStrongWords && IsHeadline(blocks[k], strict: false)
            && (k == 0 || unbroken || !Glued(blocks[k - 1], blocks[k]));

    // "Bibliotheek gaat ook op zondag open.": one sentence with a single full stop at its end, which a headline may have.
    private static bool IsSentenceHeadline(TextBlock block)
    {
        var text = block.Text;
        var facts = block.Facts;
        return text.Length > 1 && text[text.Length - 1] == '.' && text[text.Length - 2] != '.' && StartsLikeHeadline(text)
            && !HasSentenceBreak(text) && HasLowerCase(text) && text.IndexOf('|') < 0 && !BlockQuality.IsLinkLike(text)
            && !facts.IsBylineOrDate && !facts.IsCaption && !facts.IsTerminator && !PageLines.IsBreadcrumb(text) && !PageLines.HasClockTime(text);
    }
}
