using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Finds an article's list of clauses under its own lead-in: a sentence of the article that ends on a colon ("The
/// council listed three changes for the spring:"), under its prose, then short lines one under the other or one per
/// block ("Night buses will stop at every village square" / "The station car park gets a new operator"), then the
/// article's prose going on. Each line alone reads as another story's headline, and on a short page all of them stand
/// above the first long paragraph, where a menu stands; under a sentence that announces them, and with the article's
/// prose on both sides, they are its text. A label over links ("Read more:", "More from the region:") is no sentence:
/// a few words, or a menu's or a link's word, and the lines under it stay the page's.
/// </summary>
internal static class ClauseLists
{
    // A lead-in is a sentence: six words at least, two of them function words.
    private const int MinLeadWords = 6;
    private const int MinLeadStopwords = 2;

    // An item is a clause of a line or two (a wrapped one), never a paragraph of the article's prose.
    private const int MaxItemLines = 2;
    private const int MaxItemWordsPerLine = 14;
    private const int MinItemWords = 2;

    // Two lines make a list; a page's run of links is longer than an article's list ever runs.
    private const int MinItems = 2;
    private const int MaxItems = 12;

    /// <summary>Adds to <paramref name="items"/> the lead-in at <paramref name="lead"/> and its clauses, when they are such a list.</summary>
    public static void Add(IReadOnlyList<TextBlock> blocks, int from, int lead, HashSet<TextBlock> items)
    {
        if (lead <= from || lead + 1 >= blocks.Count || !IsLeadIn(blocks[lead]) || !ArticleLists.IsProse(blocks[lead - 1]))
        {
            return;
        }

        // The clauses: glued one under another, or set apart one line per block, the first under the lead-in. A list is
        // printed one way: a wrapped caption over a heading's line apart is no list.
        var end = lead + 1;
        var lines = 0;
        var glued = end + 1 < blocks.Count && ArticleLists.FollowsOn(blocks[end], blocks[end + 1]);
        while (end < blocks.Count && lines < MaxItems && IsClauseBlock(blocks[end]) && (end == lead + 1 || PrintedAsAbove(blocks, end, glued)))
        {
            lines += blocks[end].LineCount;
            end++;
        }

        // The article goes on under them: a footer's links end the page, or run on into more of the page's lines.
        if (lines < MinItems || end == blocks.Count || !ArticleLists.IsProse(blocks[end]))
        {
            return;
        }

        for (var k = lead; k < end; k++)
        {
            items.Add(blocks[k]);
        }
    }

    private static bool IsLeadIn(TextBlock block)
    {
        var facts = block.Facts;
        var text = block.Text;
        return text.Length > 0 && text[text.Length - 1] == ':' && block.LineCount <= MaxItemLines && facts.Words >= MinLeadWords
            && facts.StopwordHits >= MinLeadStopwords && Ledes.StartsLikeSentence(text) && facts.Phrases == 0
            && !facts.IsBylineOrDate && !facts.IsCaption && !facts.IsTerminator && !ReadAlsoLinks.IsLabel(text.AsSpan()) && !ArticleLists.HasMenuWord(text);
    }

    // A line or two, each a clause of a few words, no byline, caption, signal of the article's end, or line of chrome.
    private static bool IsClauseBlock(TextBlock block)
    {
        var facts = block.Facts;
        return block.LineCount <= MaxItemLines && facts.Words >= MinItemWords * block.LineCount && facts.Words <= MaxItemWordsPerLine * block.LineCount
            && !facts.IsGood && !BlockQuality.IsProse(facts) && EachLineOpensAClause(block) && !block.Text.EndsWith(":", StringComparison.Ordinal)
            && !facts.IsBylineOrDate && !facts.IsCaption && !facts.IsTerminator && !facts.IsAuthorLine && facts.Phrases == 0
            && !LexiconTables.NavigationLines.Contains(block.Text) && !ArticleLists.HasMenuWord(block.Text);
    }

    // The item at `k` is printed as the one above it: glued under it, or a line of its own set apart from it.
    private static bool PrintedAsAbove(IReadOnlyList<TextBlock> blocks, int k, bool glued)
        => glued ? ArticleLists.FollowsOn(blocks[k - 1], blocks[k]) : blocks[k].LineCount == 1 && blocks[k - 1].LineCount == 1 && !ArticleLists.FollowsOn(blocks[k - 1], blocks[k]);

    // Every line opens a clause of its own: a line that goes on in lower case ("ano") is a sentence wrapped, not an item.
    private static bool EachLineOpensAClause(TextBlock block)
    {
        for (var k = 0; k < block.LineCount; k++)
        {
            if (!Punctuation.OpensLikeSentence(BlockSplitter.AfterBullet(block.Line(k).Span)))
            {
                return false;
            }
        }

        return true;
    }
}
