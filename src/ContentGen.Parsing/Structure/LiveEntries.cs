using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A live report may print an entry's time, its title and its text as one group of lines ("12:15" / "Pódio feminino" /
/// "Marta Cerejeira venceu …"). The line glued right under the time is the entry's title: it may head the entry as a
/// subheading does, where a short line glued over text elsewhere on the page (a teaser's headline over its blurb) heads
/// nothing. Whether it does is still <see cref="Headings.IsHeading"/>'s question: a sentence under the time stays text.
/// </summary>
internal static class LiveEntries
{
    /// <summary>
    /// A live report stamps several entries: one time alone over a glued line may be a teaser's or an event's, which
    /// heads no section.
    /// </summary>
    private const int MinTimes = 2;

    /// <summary>
    /// Whether <paramref name="blocks"/> stamp several entries, each with its time alone on its line ("12:15", "14:35 Uhr"):
    /// a live page. The title's finder and the body's reader both ask it, each at most once a page, of the blocks as they
    /// stand then (the body's reader may have split the headline's block since).
    /// </summary>
    /// <remarks>One pass, stopped at the second time; each block asked reads one short line (a time is a few words).</remarks>
    public static bool StampsSeveral(IReadOnlyList<TextBlock> blocks)
    {
        var times = 0;
        foreach (var block in blocks)
        {
            if (IsTime(block) && ++times >= MinTimes)
            {
                return true;
            }
        }

        return false;
    }

    // "14:35 Uhr", "ore 10:30", "10h32": a time is a short line; a longer line above is read no further.
    private const int MaxTimeLength = 24;

    /// <summary>
    /// Whether <paramref name="block"/> is printed right under an entry's time, with no blank line between. The time is
    /// read from <paramref name="document"/>: the body's reader has set it aside as a stamp before this is asked.
    /// </summary>
    public static bool IsGluedUnderTime(string document, TextBlock block)
    {
        // The line break right before the block, and no second one: a blank line sets the time apart.
        var end = TitleFinder.LineEndAbove(document, block.Start.Offset);
        if (end < 0 || document[end - 1] is '\n' or '\r')
        {
            return false;
        }

        var start = end;
        while (start > 0 && document[start - 1] is not ('\n' or '\r'))
        {
            if (end - --start > MaxTimeLength)
            {
                return false;
            }
        }

        return TitleFinder.IsTimeStamp(document.AsSpan(start, end - start).Trim());
    }

    /// <summary>Whether <paramref name="block"/> is an entry's time alone on its line: "12:15", "14:35 Uhr", "ore 10:30".</summary>
    public static bool IsTime(TextBlock block) => block.LineCount == 1 && TitleFinder.IsTimeStamp(block.Text.AsSpan().Trim());
}
