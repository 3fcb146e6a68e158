using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A hard-wrapped page prints its headline, on a line or two, with the dateline glued under it and no blank line between
/// ("… kommt erst im Herbst" / "14.05.2025, 06:45 Uhr"): a line that is wholly a date and its time, under lines that read
/// as a headline, opens a block of its own. A headline is a few lines of a headline's length opening on a capital, the
/// last of which ends no sentence and needs no word after it; a paragraph's last line opening with a date ("… switched on
/// before" / "14 May 2025 at noon.") goes on from a sentence, and stays with it, and so does a line that ends on a function
/// word of any language ("… geöffnet am" / "14.05.2025"), at the cost of a headline ending on a word that is one elsewhere.
/// </summary>
internal static partial class HeadlineDatelines
{
    // A headline wraps onto three lines at most at a dump's width.
    private const int MaxHeadlineLines = 3;

    // A headline's length in words, whatever its lines (as HeadlineLines reads one printed over two lines).
    internal const int MaxHeadlineWords = 24;

    /// <summary>
    /// Whether <paramref name="segments"/>[<paramref name="next"/>] is a dateline under a headline, the lines from
    /// <paramref name="start"/> up to it, which open their group at <paramref name="group"/>, and so opens a block of its own.
    /// A headline is set apart above it; a writer's name or role over a date ("Marta Ruiz" / "Profesora de Historia" /
    /// "23 de abril de 2024") is a byline's box, and the lines of a box under its first line are no headline.
    /// </summary>
    public static bool OpensBlock(LineSegment[] segments, int group, int start, int next)
    {
        var lines = next - start;
        if (start != group || lines < 1 || lines > MaxHeadlineLines)
        {
            return false;
        }

        var date = segments[next].Span;
        if (date.Length == 0 || !char.IsLetterOrDigit(date[0]) || Punctuation.EndsSentence(date) || !IsDateline(date))
        {
            return false;
        }

        var first = segments[start].Span;
        var last = segments[next - 1].Span;
        if (first.Length == 0 || !char.IsUpper(first[0]) || PageLines.IsAuthorLine(first) || last.Length == 0 || !EndsLikeHeadline(last) || GoesOnInto(last, date)
            || Lexicons.LexiconTables.RunOnWords.Contains(RunningLines.LastWord(last)))
        {
            return false;
        }

        var words = 0;
        for (var i = start; i < next; i++)
        {
            words += Words.Count(segments[i].Span, MaxHeadlineWords + 1);
        }

        return words <= MaxHeadlineWords;
    }

    // A headline stops on a word, a figure, a closing quote or a question's or an exclamation's mark; never on a full stop,
    // a comma, a colon or a dash that a sentence goes on from.
    internal static bool EndsLikeHeadline(ReadOnlySpan<char> line)
    {
        var last = line[line.Length - 1];
        return char.IsLetterOrDigit(last) || last is '?' or '!' or '"' or '”' or '»' or '\'' or '’' or ')';
    }
}
