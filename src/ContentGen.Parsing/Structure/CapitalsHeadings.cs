using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A round-up's items, each under a line in capitals ("HOLLOWMERE", "SOTILLO DEL RAMO", "SAINT-LOUP-SUR-ARVE"): a police
/// and courts week, a district's news in brief. Alone, such a line reads as an agency's name ("REUTERS") or a byline in
/// capitals ("MARÍA LÓPEZ"), and the heading rules leave it aside; printed over each item, glued over its paragraph, it
/// heads the item as any subheading does. Each stands set apart from the item above it, as a round-up prints it.
/// </summary>
internal static class CapitalsHeadings
{
    /// <summary>A round-up heads two items at least: one such line over one paragraph may be a signature or a kicker.</summary>
    public const int MinSeries = 2;

    // "LA MOHEDA DE ARRIBA", "SAN LUPO IN VAL DI SERRA": a place's or a topic's name, a few words.
    private const int MaxWords = 6;

    /// <summary>
    /// Adds to <paramref name="headings"/> the blocks from <paramref name="from"/> on that head a round-up's items, when the
    /// page prints two of them at least, each a different line: a transcript's speakers in capitals come back, a
    /// round-up's items are headed once each.
    /// </summary>
    public static void AddTo(IReadOnlyList<TextBlock> blocks, int from, ISet<TextBlock> headings)
    {
        var found = 0;
        var first = -1;
        for (var i = Math.Max(from, 0); i + 1 < blocks.Count; i++)
        {
            if (!HeadsItem(blocks, i))
            {
                continue;
            }

            // The same line twice is a speaker's name over each turn, not a round-up's item.
            for (var j = first < 0 ? i : first; j < i; j++)
            {
                if (string.Equals(blocks[j].Text, blocks[i].Text, StringComparison.Ordinal) && HeadsItem(blocks, j))
                {
                    return;
                }
            }

            first = first < 0 ? i : first;
            found++;
        }

        if (found < MinSeries)
        {
            return;
        }

        for (var i = first; i + 1 < blocks.Count; i++)
        {
            if (HeadsItem(blocks, i))
            {
                headings.Add(blocks[i]);
            }
        }
    }

    // One line in capitals, set apart from what stands over it and glued over a paragraph of prose. A box's labels in
    // capitals glued under one another ("NUESTRA CALIFICACIÓN" over "FALSO" over the verdict's sentence) head no item.
    private static bool HeadsItem(IReadOnlyList<TextBlock> blocks, int i)
    {
        var block = blocks[i];
        var next = blocks[i + 1];
        return block.LineCount == 1 && IsCapitalsLine(block.Text.AsSpan().Trim())
            && next.Start.Line == block.Start.Line + 1 && BlockQuality.IsProse(next.Facts)
            && (i == 0 || block.Start.Line > blocks[i - 1].Start.Line + blocks[i - 1].LineCount);
    }

    // Every word in capitals, two letters at least in one of them, no figure, and a letter last: no sentence, no label's colon.
    private static bool IsCapitalsLine(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || !char.IsLetter(text[text.Length - 1]) || Digits.Any(text) || !LetterCase.HasNoLowerCase(text))
        {
            return false;
        }

        var words = 0;
        var capitals = false;
        var reader = new WordReader(text);
        while (reader.Read())
        {
            if (++words > MaxWords)
            {
                return false;
            }

            capitals |= LetterCase.IsCapitalsWord(reader.Word);
        }

        return capitals;
    }
}
