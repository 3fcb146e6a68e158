using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Quotes;

/// <summary>
/// The problems of quotation marks that pair with nothing: a closing mark that closes nothing, and
/// a quote that never closes, excerpted so that a message stays one line.
/// </summary>
internal static class UnpairedMarks
{
    private const int ExcerptLength = 40;

    /// <summary>Reports each closing mark of <paramref name="block"/> that closes nothing.</summary>
    public static void ReportStrayClosers(TextBlock block, QuoteScanner.Result scan, List<Problem> problems)
    {
        for (var s = 0; s < scan.StrayClosers.Count; s++)
        {
            ReportStrayCloser(block, scan.StrayClosers[s], problems);
        }
    }

    /// <summary>
    /// Reports every mark of a line read on its own, the title or a heading, that pairs with
    /// nothing. Such a line lists only its closed quotes, so a quote that never closes, or is cut
    /// short by the next opening mark, is not listed; words before a closing mark whose opening
    /// mark was lost are not a quote there either, so that mark closes nothing.
    /// </summary>
    public static void ReportLine(TextBlock line, QuoteScanner.Result scan, List<Problem> problems)
    {
        ReportStrayClosers(line, scan, problems);
        var text = line.Text;
        for (var q = 0; q < scan.Quotes.Count; q++)
        {
            var span = scan.Quotes[q];
            if (span.IsHeadless)
            {
                ReportStrayCloser(line, span.Close, problems);
            }
            else if (span.IsOpen || span.IsAbandoned)
            {
                problems.Add(Unclosed(span.TrimmedInner(text), line.PositionAt(span.Open), ProblemKind.UnclosedQuote));
            }
        }
    }

    /// <summary>The problem of a quote that lacks its closing mark, its words cut to <see cref="ExcerptLength"/> characters.</summary>
    public static Problem Unclosed(string words, TextPosition openingMark, ProblemKind kind)
    {
        var excerpt = words.Length <= ExcerptLength ? words : words.Substring(0, ExcerptLength) + "…";
        return new Problem(kind, excerpt, openingMark, 1);
    }

    private static void ReportStrayCloser(TextBlock block, int index, List<Problem> problems)
        => problems.Add(new Problem(ProblemKind.UnmatchedQuote, block.Text[index].ToString(), block.PositionAt(index), 1));
}
