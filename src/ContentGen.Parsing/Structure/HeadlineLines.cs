using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A headline printed over two lines ("La feria del caballo de Villaseca" / "recupera el desfile de carruajes"): the
/// second line goes on with the first one's clause in lower case, and neither stops as a sentence does. A menu's or a
/// kicker's line over a lower-case line is a word or two, so the first line holds a few words.
/// </summary>
internal static class HeadlineLines
{
    // "Out on the mudflats at dawn, the last oyster": a headline's first line holds a clause's start, no lone label.
    private const int MinFirstLineWords = 3;

    // "wardens of Penwick Sound": the rest of the clause, more than a single word.
    private const int MinSecondLineWords = 2;

    // The two lines together are a headline's length, not a paragraph's.
    private const int MaxHeadlineWords = 24;

    /// <summary>Whether <paramref name="next"/> carries on the headline that <paramref name="line"/>, a block's only line so far, begins.</summary>
    public static bool GoesOn(ReadOnlySpan<char> line, ReadOnlySpan<char> next)
    {
        if (line.Length == 0 || next.Length == 0 || !OpensCapitalised(line) || !char.IsLower(next[0]))
        {
            return false;
        }

        // Neither line ends a sentence or a label: a headline's first line stops on a word or a comma.
        var last = line[line.Length - 1];
        // A weekday in lower case opens a dateline glued under the headline ("lunedì 10 marzo 2025, 12:05"), no second line.
        if (!(char.IsLetterOrDigit(last) || last == ',') || Punctuation.EndsSentence(next) || next[next.Length - 1] == ':'
            || HeadlineDatelines.IsWeekdayDateline(next))
        {
            return false;
        }

        var firstWords = Words.Count(line, MaxHeadlineWords + 1);
        var nextWords = Words.Count(next, MaxHeadlineWords + 1);
        return firstWords >= MinFirstLineWords && nextWords >= MinSecondLineWords && firstWords + nextWords <= MaxHeadlineWords;
    }

    /// <summary>
    /// Whether, in a group of lines a page printed a paragraph a line (<paramref name="end"/> past its last), the line at
    /// <paramref name="next"/> carries on the headline that the one-line block at <paramref name="start"/> begins: no width
    /// broke the headline there, the page did, as for two lines set apart. A third line going on in lower case under them
    /// makes the lines a verse's or a list's, not a headline's.
    /// </summary>
    public static bool BrokenInGroup(LineSegment[] segments, int start, int next, int end)
        => next == start + 1 && GoesOn(segments[start].Span, segments[next].Span)
            && (next + 1 == end || segments[next + 1].Length == 0 || !char.IsLower(segments[next + 1].Span[0]));

    // "Ellen Marsh on …" or a headline opening on the quote it carries ("\"We never planned to sell\": the baker …").
    private static bool OpensCapitalised(ReadOnlySpan<char> line)
        => char.IsUpper(line[0]) || (line.Length > 1 && line[0] is '"' or '“' or '«' or '„' && char.IsUpper(line[1]));
}
