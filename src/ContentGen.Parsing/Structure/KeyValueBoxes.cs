using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A practical box closing an article ("Getting there" / "Start: the village green" / "Distance: about six miles" /
/// a paragraph of advice): a subheading set apart under the article's prose, lines that each name a key before a colon
/// and give its value, and the article's prose going on under them. A labelled list wants two paragraphs under it
/// (<see cref="ArticleLists"/>), since a footer's links over the site's blurb look alike; a box's lines show their own
/// shape instead: a key of a word or three before the colon, a value that is no address to write or call to. A contact
/// footer's lines ("Phone: 01632 960 118", "Email: news@…") give exactly those, and a menu's label is no subheading.
/// </summary>
internal static class KeyValueBoxes
{
    // A box gives two facts at least; one "Key: value" line is a heading's or a caption's.
    private const int MinLines = 2;

    // The key is a word or a few ("Partenza", "Getting in", "Aire de jeux"); a longer run before a colon is a sentence's.
    private const int MaxKeyWords = 3;

    // The box's subheading is a short phrase ("Getting there", "Zo kom je er"), no sentence.
    private const int MaxHeadingWords = 6;

    // A box's line is a short fact, no paragraph.
    private const int MaxLineWords = 12;

    // A run of this many digits is a phone number: a contact box's line, not the article's.
    private const int MinPhoneDigits = 6;

    /// <summary>
    /// Adds the lines of each practical box from <paramref name="from"/> on to <paramref name="items"/>, and its
    /// subheading to <paramref name="labels"/>.
    /// </summary>
    public static void Add(IReadOnlyList<TextBlock> blocks, int from, HashSet<TextBlock> items, HashSet<TextBlock>? labels)
    {
        for (var i = from + 2; i < blocks.Count; i++)
        {
            // The line shape is asked first: most blocks are prose, and it returns at their first line.
            var label = blocks[i - 1];
            if (!IsBoxBlock(blocks[i]) || !ArticleLists.ApartFrom(label, blocks[i]) || !ArticleLists.ApartFrom(blocks[i - 2], label)
                || !ArticleLists.IsLabel(label, MaxHeadingWords) || !ArticleLists.IsProse(blocks[i - 2]))
            {
                continue;
            }

            var end = RunEnd(blocks, i, out var lines);

            // The article goes on under the box: a paragraph set apart under its last line.
            if (lines >= MinLines && end < blocks.Count && ArticleLists.ApartFrom(blocks[end - 1], blocks[end]) && ArticleLists.IsProse(blocks[end]))
            {
                Take(blocks, i, end, label, items, labels);
            }

            i = end;
        }
    }

    // Where the box that opens at `start` (a box block, already asked) ends: past the box blocks glued under it; `lines`
    // counts the lines of all of them. ChainedKeyValueBoxes reads its boxes so too.
    internal static int RunEnd(IReadOnlyList<TextBlock> blocks, int start, out int lines)
    {
        lines = blocks[start].LineCount;
        var end = start + 1;
        while (end < blocks.Count && ArticleLists.FollowsOn(blocks[end - 1], blocks[end]) && IsBoxBlock(blocks[end]))
        {
            lines += blocks[end].LineCount;
            end++;
        }

        return end;
    }

    // The box's blocks from `start` to `end` as the article's list, and `label` over them as its subheading.
    internal static void Take(IReadOnlyList<TextBlock> blocks, int start, int end, TextBlock label, HashSet<TextBlock> items, HashSet<TextBlock>? labels)
    {
        for (var k = start; k < end; k++)
        {
            items.Add(blocks[k]);
        }

        labels?.Add(label);
    }

    internal static bool IsBoxBlock(TextBlock block)
    {
        var facts = block.Facts;
        if (facts.IsBylineOrDate || facts.IsCaption || facts.IsTerminator || facts.IsAuthorLine)
        {
            return false;
        }

        for (var n = 0; n < block.LineCount; n++)
        {
            if (!IsKeyValueLine(block.Line(n).Span.Trim()))
            {
                return false;
            }
        }

        return true;
    }

    // "Partenza: piazza della Pieve", "Départ : place de l'église": a capitalised key of letters, a colon, a space and a
    // value that closes no sentence and holds no phone number, e-mail or web address.
    internal static bool IsKeyValueLine(ReadOnlySpan<char> line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0 || colon + 2 >= line.Length || line[colon + 1] != ' ' || !char.IsUpper(line[0]))
        {
            return false;
        }

        var key = line.Slice(0, colon).TrimEnd();
        var value = line.Slice(colon + 1).Trim();
        var keyWords = 1;
        foreach (var c in key)
        {
            if (c == ' ')
            {
                keyWords++;
            }
            else if (!char.IsLetter(c) && c is not ('-' or '\'' or '’'))
            {
                return false;
            }
        }

        if (keyWords > MaxKeyWords || value.Length == 0 || value[value.Length - 1] is '.' or '!' or '?'
            || value.IndexOf('@') >= 0 || value.IndexOf("://".AsSpan()) >= 0 || value.IndexOf("www.".AsSpan(), StringComparison.OrdinalIgnoreCase) >= 0
            || PhoneNumbers.Within(value, MinPhoneDigits) || ArticleLists.HasMenuWord(key))
        {
            return false;
        }

        var words = 0;
        var reader = new WordReader(line);
        while (reader.Read())
        {
            if (++words > MaxLineWords)
            {
                return false;
            }
        }

        return true;
    }
}
