using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Finds an article's table of figures as a dump prints it: rows glued one under another, each a label, a column's gap
/// (two spaces or more, or a tab) and a figure closing the line ("Schulen und Kitas      4,8", "Nadia Kerr   Green
/// 1,386   38.4%"), perhaps under a row of column names ("Bereich      Mio. Euro"). Each row alone reads as a menu's
/// link or a fragment; together, between the article's paragraphs, they are its text. Menus and share bars print
/// gaps too, but end on no figure, or name nothing but menu words before their counts ("Facebook   12"); a teaser's date
/// ("… 29/12/2022") is no figure either, nor a score in running text ("… won 2-1"); a results table prints its scores in a
/// column of their own ("Audax Cerreto - Pol. Montefalco     1-1").
/// </summary>
internal static partial class FigureTables
{
    // Fewer rows are a caption's or a fact line's.
    private const int MinRows = 3;

    // A row names one thing and its figures: a column name or a label, not a sentence.
    private const int MaxRowWords = 10;

    // The row of column names is a few words.
    private const int MaxHeaderWords = 6;

    /// <summary>The end of the table that starts at block <paramref name="start"/> (its column names or its first row), or <paramref name="start"/> when none does.</summary>
    /// <param name="blocks">The page's blocks.</param>
    /// <param name="start">The block to read from.</param>
    public static int End(IReadOnlyList<TextBlock> blocks, int start)
    {
        var first = start < blocks.Count && IsHeaderRow(blocks[start]) ? start + 1 : start;
        if (first > start && (first >= blocks.Count || !FollowsOn(blocks[start], blocks[first])))
        {
            return start;
        }

        var end = first;
        while (end < blocks.Count && IsRow(blocks[end]) && (end == first || FollowsOn(blocks[end - 1], blocks[end])))
        {
            end++;
        }

        return end - first >= MinRows ? end : start;
    }

    /// <summary>
    /// Whether a table starts at block <paramref name="start"/>: its column names or its first row, with enough rows under
    /// them. Reads only that many rows, so a long table is not read again from each of its rows.
    /// </summary>
    public static bool Starts(IReadOnlyList<TextBlock> blocks, int start)
    {
        var first = start < blocks.Count && IsHeaderRow(blocks[start]) ? start + 1 : start;
        var rows = 0;
        for (var i = first; i < blocks.Count && rows < MinRows && IsRow(blocks[i]) && (i == start || FollowsOn(blocks[i - 1], blocks[i])); i++)
        {
            rows++;
        }

        return rows >= MinRows;
    }

    /// <summary>Whether the table starting at <paramref name="start"/> prints its column names over its rows ("Bereich      Mio. Euro").</summary>
    public static bool HasColumnNames(IReadOnlyList<TextBlock> blocks, int start) => start < blocks.Count && IsHeaderRow(blocks[start]);

    /// <summary>
    /// Whether block <paramref name="index"/> heads a table: a line of its own, no row, set apart by a blank line over a
    /// table that prints its column names, or over the next of a series of tables. A table's first row, glued under its
    /// lead, heads nothing; a sidebar's unnamed columns ("Börse" over "DAX      18.342") are the page's widget, not the
    /// article's section.
    /// </summary>
    public static bool IsHeadedBy(IReadOnlyList<TextBlock> blocks, int index)
        => index + 1 < blocks.Count && !IsRow(blocks[index]) && !FollowsOn(blocks[index], blocks[index + 1])
            && (HasColumnNames(blocks, index + 1) || (index > 0 && IsRow(blocks[index - 1]))) && Starts(blocks, index + 1);

    /// <summary>Whether block <paramref name="index"/> is a row of figures glued to another row or under column names: no headline.</summary>
    public static bool InTable(IReadOnlyList<TextBlock> blocks, int index)
        => IsRow(blocks[index])
            && ((index > 0 && FollowsOn(blocks[index - 1], blocks[index]) && (IsRow(blocks[index - 1]) || IsHeaderRow(blocks[index - 1])))
                || (index + 1 < blocks.Count && FollowsOn(blocks[index], blocks[index + 1]) && IsRow(blocks[index + 1])));

    /// <summary>Whether <paramref name="block"/> is a line of a label, a column's gap and a figure closing it.</summary>
    public static bool IsRow(TextBlock block)
        => block.LineCount == 1 && block.Facts.Words <= MaxRowWords
            && ((HasGap(block.Text.AsSpan()) && EndsOnFigure(block.Text.AsSpan()) && !IsMenuCount(block.Text.AsSpan())) || IsBarredRow(block.Text.AsSpan()));

    /// <summary>Whether one line of the dump is such a row: no wrapped line of prose, so never glued to the line above or below it.</summary>
    public static bool IsRowLine(ReadOnlySpan<char> line)
        => ((HasGap(line) && EndsOnFigure(line) && !IsMenuCount(line)) || IsBarredRow(line)) && !Words.MoreThan(line, MaxRowWords);

    // "Facebook      12", "WhatsApp   7": a share bar's count, its label nothing but menu words, not a table's row
    // ("Desporto e cultura   0,8" is one).
    private static bool IsMenuCount(ReadOnlySpan<char> line)
    {
        var reader = new WordReader(line);
        var words = 0;
        while (reader.Read() && !char.IsDigit(reader.Word[0]))
        {
            if (!Lexicons.LexiconTables.MenuWords.Contains(reader.Word))
            {
                return false;
            }

            words++;
        }

        return words > 0;
    }

    // Column names: a gap between words, no figure, no sentence.
    private static bool IsHeaderRow(TextBlock block)
        => block.LineCount == 1 && block.Facts.Words <= MaxHeaderWords
            && ((HasGap(block.Text.AsSpan()) && !EndsOnFigure(block.Text.AsSpan())) || IsBarredHeader(block.Text.AsSpan()))
            && !BlockQuality.EndsLikeSentence(block.Text);

    // Two spaces or a tab after a word or a figure of the line: a column's edge. Two spaces after a sentence's stop ("said.
    // The vote …", as typewriters spaced sentences) are no column.
    private static bool HasGap(ReadOnlySpan<char> text)
    {
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if ((text[i] == '\t' || (text[i] == ' ' && text[i + 1] == ' ')) && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '%' or ')'))
            {
                return true;
            }
        }

        return false;
    }

    // The line's last word is a number ("1,386", "4,8", "38.4%", "97"): digits with decimal or thousands marks.
    private static bool EndsOnFigure(ReadOnlySpan<char> text)
    {
        var end = text.Length;
        if (end > 0 && text[end - 1] == '%')
        {
            end--;
        }

        var start = end;
        while (start > 0 && (char.IsDigit(text[start - 1]) || text[start - 1] is '.' or ','))
        {
            start--;
        }

        // A figure stands after a space, starts and ends on a digit ("2.", "-1" and "12/03/2024" are none).
        return (end > start && char.IsDigit(text[start]) && char.IsDigit(text[end - 1]) && start > 0 && text[start - 1] == ' ')
            || EndsOnScoreInColumn(text);
    }

    // A results table closes each row on a score in its own column ("Audax Cerreto - Pol. Montefalco     1-1"): two numbers
    // joined by a hyphen, after a column's gap. A score in running text ("… won 2-1") stands after one space, and a date
    // ("12-03-2024") joins three numbers.
    private const int MaxScoreDigits = 3;

    private static bool EndsOnScoreInColumn(ReadOnlySpan<char> text)
    {
        var end = text.Length;
        var start = end;
        while (start > 0 && char.IsDigit(text[start - 1]))
        {
            start--;
        }

        if (start == end || end - start > MaxScoreDigits || start < 2 || text[start - 1] != '-')
        {
            return false;
        }

        var hyphen = start - 1;
        start = hyphen;
        while (start > 0 && char.IsDigit(text[start - 1]))
        {
            start--;
        }

        return start < hyphen && hyphen - start <= MaxScoreDigits && start >= 2 && text[start - 1] == ' ' && text[start - 2] == ' ';
    }

    private static bool FollowsOn(TextBlock above, TextBlock block) => block.Start.Line == above.Start.Line + above.LineCount;
}
