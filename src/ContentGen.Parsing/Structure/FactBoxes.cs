using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A match report's fact box under its headline: "Scorers: Roe 34, Poe 88" / "Attendance: 4,812", "Tore: 0:1 Roe
/// (27.)" / "Zuschauer: 640". Lines that each give a label and a figure are the box's, never a headline, however
/// near the byline they stand.
/// </summary>
internal static class FactBoxes
{
    // A fact's label is a word or two before its colon.
    private const int MaxLabelWords = 2;

    // The figure follows its label closely: "Attendance: 4,812", "Scorers: Okonjo 34".
    private const int MaxFigureReach = 24;

    // Of a fact's first words, at most this many in lower case ("min.", "de penalti"): a phrase has more.
    private const int MaxFactWords = 6;
    private const int MaxLowerCaseWords = 2;

    // Two labelled figures make a box: one alone may be a headline ("Budget: 5,000 jobs to go").
    private const int MinFacts = 2;

    // A dump prints each of the box's lines as a block of its own: the box is the run of lines printed together.
    private const int MaxBoxReach = 4;

    /// <summary>
    /// Whether <paramref name="blocks"/>[<paramref name="index"/>] stands in a fact box: among the lines printed
    /// together with it (no blank line between), two or more each give a label and a figure.
    /// </summary>
    public static bool InFactBox(IReadOnlyList<TextBlock> blocks, int index)
    {
        var facts = Facts(blocks[index]);
        for (var i = index - 1; i >= 0 && i >= index - MaxBoxReach && facts < MinFacts && Glued(blocks[i], blocks[i + 1]); i--)
        {
            facts += Facts(blocks[i]);
        }

        for (var i = index + 1; i < blocks.Count && i <= index + MaxBoxReach && facts < MinFacts && Glued(blocks[i - 1], blocks[i]); i++)
        {
            facts += Facts(blocks[i]);
        }

        return facts >= MinFacts;
    }

    /// <summary>
    /// Whether <paramref name="blocks"/>[<paramref name="index"/>] stands in a fact box over the byline or the date
    /// (within a few blocks under it): the header's box, not the article's own lines of practical facts under its
    /// byline ("When: Saturday 15 March" / "Where: 12 Quay Street").
    /// </summary>
    public static bool InBoxOverByline(IReadOnlyList<TextBlock> blocks, int index)
    {
        if (!InFactBox(blocks, index))
        {
            return false;
        }

        for (var i = index + 1; i < blocks.Count && i <= index + MaxBoxReach + 1; i++)
        {
            if (blocks[i].Facts.IsBylineOrDate)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Glued(TextBlock upper, TextBlock lower) => upper.Start.Line + upper.LineCount == lower.Start.Line;

    // How many of the block's lines give a label and a figure. Each colon is looked at once, and a label only a
    // word or two back from it.
    private static int Facts(TextBlock block)
    {
        var text = block.Text;
        var facts = 0;
        for (var colon = text.IndexOf(':'); colon > 0 && facts < MinFacts; colon = text.IndexOf(':', colon + 1))
        {
            if (OpensLineWithLabel(block, text, colon) && HasFigure(text, colon))
            {
                facts++;
            }
        }

        return facts;
    }

    // Whether a capitalised word or two right before the colon at `colon` open one of the block's lines.
    private static bool OpensLineWithLabel(TextBlock block, string text, int colon)
    {
        var end = colon;
        for (var words = 0; words < MaxLabelWords; words++)
        {
            var start = end;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            if (start == end)
            {
                return false;
            }

            if (OpensLine(block, start))
            {
                return char.IsUpper(text[start]);
            }

            if (text[start - 1] != ' ')
            {
                return false;
            }

            end = start - 1;
        }

        return false;
    }

    // Whether `start` opens one of the block's lines.
    private static bool OpensLine(TextBlock block, int start)
        => start == 0 || block.PositionAt(start).Line != block.PositionAt(start - 1).Line;

    // A digit after the colon, near it, and names and figures rather than a phrase: "Okonjo 34, Fairley 88", "0-1,
    // min. 31: Gil", not "Liveblog: snelweg A28 dicht na een ongeluk".
    private static bool HasFigure(string text, int colon)
    {
        var after = text.AsSpan(colon + 1, Math.Min(MaxFigureReach, text.Length - colon - 1));
        if (!Digits.Any(after))
        {
            return false;
        }

        var lower = 0;
        var reader = new WordReader(after);
        for (var words = 0; words < MaxFactWords && reader.Read(); words++)
        {
            if (char.IsLower(reader.Word[0]) && ++lower > MaxLowerCaseWords)
            {
                return false;
            }
        }

        return true;
    }
}
