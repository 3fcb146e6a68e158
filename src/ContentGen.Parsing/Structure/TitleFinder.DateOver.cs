using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// The date printed over the headline, with the section's kicker ("CULTURA" / "14 Mar 2025, 16:05" / the headline).
internal static partial class TitleFinder
{
    // The kicker and the date, in either order, and a place's kicker with them.
    private const int MaxStackBlocks = 3;

    /// <summary>
    /// The first block of the stack of a date and a kicker printed right over <paramref name="headline"/>, or -1 when none
    /// stands there. Such a stack opens the article's header: its date is the headline's under it, and dates no line above
    /// it (the last headline of a "latest news" box, a teaser's). A date over a line with no kicker beside it is left to
    /// the other rules: a headline, a dateline and a deck under them stand in that order too.
    /// </summary>
    private static int DateAndKickerOver(IReadOnlyList<TextBlock> blocks, int headline, string document)
    {
        var dated = false;
        var kicker = false;
        var top = -1;
        for (var k = headline - 1; k >= 0 && k >= headline - MaxStackBlocks; k--)
        {
            var facts = blocks[k].Facts;
            if (facts.IsBylineOrDate && blocks[k].LineCount == 1 && !IsScheduleLine(blocks, k))
            {
                dated = true;
                kicker = kicker || PrintsKickerBesideDate(blocks[k].Text);
            }
            else if (blocks[k].LineCount == 1 && IsKicker(blocks[k].Text) && !facts.IsCaption)
            {
                kicker = true;
            }
            else
            {
                break;
            }

            top = k;
        }

        // The kicker may be set aside as chrome before the blocks are read ("CULTURA", a menu's word): its line still
        // stands right over the date or between the date and the headline in the document.
        kicker = kicker || (top >= 0 && (IsKicker(LineAbove(document, blocks[top].Start.Offset)) || IsKicker(LineAbove(document, blocks[headline].Start.Offset))));
        // With no kicker, a date stands between a headline and its deck as often as over a headline; it is the lower one's
        // when the block above it is a box of other stories' headlines under their label ("Última hora" / two headlines).
        return dated && (kicker || (top > 0 && IsHeadlinesBox(blocks, top - 1, document))) ? top : -1;
    }

    // "Última hora" / "Acidente na A28 …" / "Vianense empata …": two headlines or more, a line each, glued under a label of
    // a few words, in one block or in blocks glued one under another. A headline wrapped over two lines goes on in its
    // second line; each of a box's lines opens a headline.
    private const int MinBoxedHeadlines = 2;

    // A box lists a few stories: a bound on the blocks walked up.
    private const int MaxBoxBlocks = 6;

    private static bool IsHeadlinesBox(IReadOnlyList<TextBlock> blocks, int box, string document)
    {
        if (!HasHeadlineLines(blocks[box]))
        {
            return false;
        }

        var first = box;
        while (first > 0 && box - first < MaxBoxBlocks && Glued(blocks[first - 1], blocks[first]) && HasHeadlineLines(blocks[first - 1]))
        {
            first--;
        }

        var headlines = 0;
        for (var b = first; b <= box; b++)
        {
            headlines += blocks[b].LineCount;
        }

        // The label is a block glued over the box, or a line of chrome set aside before the blocks were read ("Meistgelesen",
        // "Dernière minute"), read in the document on the line right above the box.
        var label = first > 0 && Glued(blocks[first - 1], blocks[first]) ? (blocks[first - 1].LineCount == 1 ? blocks[first - 1].Text : null)
            : GluedLineAbove(document, blocks[first].Start.Offset);
        return headlines >= MinBoxedHeadlines && label is not null && IsLabel(label);
    }

    // Every line opens in capitals, runs past a label's few words and ends on no stop: a headline each.
    private static bool HasHeadlineLines(TextBlock block)
    {
        for (var k = 0; k < block.LineCount; k++)
        {
            var line = block.Line(k).Span.Trim();
            if (line.Length == 0 || !char.IsUpper(line[0]) || Punctuation.IsTerminal(line[line.Length - 1]) || line[line.Length - 1] is ',' or ':' or ';'
                || !Words.MoreThan(line, MaxKickerWords))
            {
                return false;
            }
        }

        return true;
    }

    // "Lokales", "Eschwege", "LOCAL NEWS": a section's or a place's word or three, words only; a button ("Partager [ ]",
    // "Compartir") is the page's chrome, no kicker.
    private static bool IsKicker(string line) => !LexiconTables.NavigationLines.Contains(line) && IsLabel(line);

    // A word or three, words only: a kicker, or a box's label ("Última hora").
    private static bool IsLabel(string line)
    {
        if (line.Length == 0 || Words.MoreThan(line, MaxKickerWords))
        {
            return false;
        }

        foreach (var c in line)
        {
            if (!char.IsLetter(c) && c is not (' ' or '-' or '\'' or '’'))
            {
                return false;
            }
        }

        return true;
    }

    // The last full headline above `content` printed under a date and a kicker, over prose that ends as a sentence (its
    // standfirst or the first paragraph; a byline may stand between, or a short paragraph split off): -1 when none is.
    private static int HeadlineUnderDateAndKicker(IReadOnlyList<TextBlock> blocks, int content, string document)
    {
        for (var i = content - 1; i >= MinChromeBlocks; i--)
        {
            if (IsCandidate(blocks, i) && blocks[i].Facts.Words >= FullHeadlineWords && i + 1 < blocks.Count
                && BlockQuality.EndsLikeSentence(blocks[i + 1].Text) && DateAndKickerOver(blocks, i, document) >= 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The line right above the one <paramref name="offset"/> stands on, trimmed, when no blank line stands between; null
    /// when a blank line or the document's start is there.
    /// </summary>
    internal static string? GluedLineAbove(string document, int offset)
    {
        var end = SpacesBefore(document, offset);
        var lineBreak = end;
        end -= end > 0 && document[end - 1] == '\n' ? 1 : 0;
        end -= end > 0 && document[end - 1] == '\r' ? 1 : 0;
        if (end == lineBreak || end == 0)
        {
            return null;
        }

        // LineAbove passes over every white space, line breaks too: a line of spaces or nothing above is a blank one.
        var textEnd = SpacesBefore(document, end);
        return textEnd == 0 || document[textEnd - 1] is '\n' or '\r' ? null : LineAbove(document, end);
    }

    // Where the spaces and tabs right before `offset` start.
    private static int SpacesBefore(string document, int offset)
    {
        while (offset > 0 && document[offset - 1] is ' ' or '\t')
        {
            offset--;
        }

        return offset;
    }

    // A headline has a sentence's words, and with no stop of its own it may read as the article's first paragraph. Under a
    // date and a kicker, over a paragraph that ends as a sentence, it is the headline that the article starts under. A
    // short article has no paragraph long enough to mark its start (`content` is past the last block): under the page's
    // chrome, the first headline under a date and a kicker over such a paragraph marks it.
    private static int ContentUnderDateAndKicker(IReadOnlyList<TextBlock> blocks, int content, string document)
    {
        if (content < blocks.Count)
        {
            return IsHeadlineUnderDateAndKicker(blocks, content, document) ? content + 1 : content;
        }

        for (var i = MinChromeBlocks; i < blocks.Count; i++)
        {
            if (IsHeadlineUnderDateAndKicker(blocks, i, document))
            {
                return i + 1;
            }
        }

        return content;
    }

    private static bool IsHeadlineUnderDateAndKicker(IReadOnlyList<TextBlock> blocks, int content, string document)
        => content > 0 && content + 1 < blocks.Count && blocks[content].Facts.Words >= FullHeadlineWords
            && !EndsWithStop(blocks[content].Text) && IsCandidate(blocks, content)
            && BlockQuality.EndsLikeSentence(blocks[content + 1].Text) && DateAndKickerOver(blocks, content, document) >= 0;
}
