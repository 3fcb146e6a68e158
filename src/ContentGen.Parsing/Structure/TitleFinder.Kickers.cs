using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// The headline under a kicker or over a deck: a short line over the headline, or the deck under it,
// that a page prints with no dateline or repeat to tell them apart.
internal static partial class TitleFinder
{
    // A headline under a kicker is a full headline of at most this many words; a deck printed without its stop runs longer.
    private const int MaxHeadlineUnderKickerWords = 14;

    // "Nach dem Brand im alten Lokschuppen" / "Eisenbahnfreunde wollen ihre Werkstatt …" / the standfirst: with no dateline
    // or repeat to mark the headline, the first candidate may be a section's or a topic's kicker over it. The headline is
    // the line right over the article's first prose (its standfirst, ending as a sentence), and longer than the kicker; a
    // deck printed without its stop between a headline and that prose runs longer than a headline does.
    private static int HeadlineUnderKicker(IReadOnlyList<TextBlock> blocks, int first, int content)
    {
        var next = first + 1;
        if (next >= content || next + 1 >= blocks.Count || !IsCandidate(blocks, next))
        {
            return first;
        }

        var words = blocks[next].Facts.Words;
        return words > blocks[first].Facts.Words && words >= FullHeadlineWords && words <= MaxHeadlineUnderKickerWords
            && LooseProse.IsProse(blocks[next + 1].Facts) && BlockQuality.EndsLikeSentence(blocks[next + 1].Text)
            ? next
            : first;
    }

    // A deck under the headline is nearer the byline than the headline is, so it scores higher; the headline is the
    // shorter candidate right above it.
    private const int MinHeadlineOverDeckWords = 4;

    // A kicker: a section's or a topic's word or three in capitals.
    private const int MaxKickerWords = 3;

    private static int HeadlineOverDeck(IReadOnlyList<TextBlock> blocks, int best, string document)
    {
        // A standfirst in two paragraphs over the byline: the headline stands over both.
        if (SplitStandfirsts.Under(blocks, best) && (IsCandidate(blocks, best - 2) || LooseProse.IsHeadline(blocks[best - 2])))
        {
            return best - 2;
        }

        // A deck split in two, its first half glued under the headline: the headline's block is the title (SplitDecks).
        if (HeadlineOverSplitDeck(blocks, best, document) is var headline and >= 0)
        {
            return headline;
        }

        // A deck printed as points, a clause a line, under a headline set apart (DeckPoints).
        if (HeadlineOverDeckPoints(blocks, best) is var pointed and >= 0)
        {
            return pointed;
        }

        // The deck stands right over the byline or the date; a headline printed with the site's name is no deck.
        if (best < 1 || !Ledes.IsDeckOverByline(blocks, best) || TitleSplitter.Split(blocks[best].Text).Source is not null
            || !(IsCandidate(blocks, best - 1) || WithSiteName(blocks[best - 1])))
        {
            return best;
        }

        if (IsDeckUnderSiteNamedHeadline(blocks, best))
        {
            return best - 1;
        }

        // The headline over it is no site's name, nor a consent or sign-up box's line, nor a button that speaks to the
        // reader ("Add this site to your home screen") over a long headline that only looks like a deck.
        var above = blocks[best - 1].Facts;
        if (above.Phrases != 0 || IsSiteName(blocks[best - 1].Text) || SignUpSentences.SpeaksToTheReader(blocks[best - 1].Text.AsSpan()))
        {
            return best;
        }

        // A headline a width wrapped over two lines, its deck glued under its last (GluedDecks.WrappedHeadlines): its
        // two lines may count as many words as the deck, so the length tests below are not its.
        if (GluedDecks.IsDeckUnderWrappedHeadline(blocks, best, document))
        {
            return best - 1;
        }

        // A deck as long as its headline, both glued under the page's chrome on a page printed with no blank (UnbrokenDecks).
        if (IsEvenDeckUnderChromedHeadline(blocks, best, document))
        {
            return best - 1;
        }

        if (above.Words < MinHeadlineOverDeckWords || above.StopwordHits == 0 || above.Words >= blocks[best].Facts.Words)
        {
            return best;
        }

        // A long headline over the byline has a deck's profile too, and a kicker over it a headline's: the move is made
        // only where the headline is marked as one, under a kicker printed in capitals ("HARBOUR", "SEGUNDA FEDERACIÓN")
        // or the site's name, or as the middle of three lines printed together (an occhiello, the headline, its deck).
        // The kicker may be set aside as chrome before the blocks are read ("CRONACA", a section's word): its line is
        // still the one right above the headline in the document.
        // A page that begins with the headline (a scrape that cut the header off) has nothing above it to mark it: the
        // page's first block over a deck over the byline is the headline.
        return best == 1 || IsDeckSetApart(blocks, best) || IsDeckGluedUnder(blocks, best) || IsDeckUnderKickedHeadline(blocks, best) || (best >= 2 && (IsCapitalsKicker(blocks[best - 2].Text) || IsSiteName(blocks[best - 2].Text) || (Glued(blocks[best - 2], blocks[best - 1]) && Glued(blocks[best - 1], blocks[best]))
            || IsChromeKicker(LineAbove(document, blocks[best - 1].Start.Offset), blocks[best].Text)))
            ? best - 1
            : best;
    }

    // A kicker in capitals set aside as chrome. A menu's word in capitals ("POLITIK", "CRONACA") over a teaser over the
    // headline is the page's section, no kicker of this headline; it counts only over a deck that no headline prints: one
    // with a colon or a sentence's stop inside ("… sulla linea 3: mancano …").
    private static bool IsChromeKicker(string line, string deck)
        => IsCapitalsKicker(line) && (!LexiconTables.MenuWords.Contains(line) || HasInnerBreak(deck));

    private static bool HasInnerBreak(string text)
    {
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if ((text[i] == ':' || Punctuation.IsTerminal(text[i])) && text[i + 1] == ' ' && char.IsLetterOrDigit(text[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    // The last non-blank line of `document` before `offset`, trimmed: one line's length is read, at most.
    private static string LineAbove(string document, int offset)
    {
        var end = offset;
        while (end > 0 && char.IsWhiteSpace(document[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && document[start - 1] is not ('\n' or '\r'))
        {
            start--;
        }

        return document.Substring(start, end - start).Trim();
    }

    // "HARBOUR", "SEGUNDA FEDERACIÓN", "PREMIUM": a kicker in capitals, a few words, no digit.
    private static bool IsCapitalsKicker(string text)
    {
        var letters = false;
        foreach (var c in text)
        {
            if (char.IsLower(c) || char.IsDigit(c))
            {
                return false;
            }

            letters |= char.IsLetter(c);
        }

        return letters && !Words.MoreThan(text, MaxKickerWords);
    }
}
