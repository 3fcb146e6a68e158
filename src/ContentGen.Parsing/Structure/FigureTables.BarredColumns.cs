using System;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A table whose columns a dump parts with bars instead of gaps, as a page's HTML table is often printed: "Stembureau | Voor |
/// Tegen | Opkomst" over "Kerkzaal, Tjalleburen | 188 | 377 | 55,2%", "Schulen | 6,2 | 6,4 | 3 %", "Parks | 1.1 | 0.9 | -18%".
/// Each row alone looks like a menu of short items parted by bars ("Home | News | Sport"); its figures tell it apart: a
/// menu's items are words, a row's last cell is a number. The rows still count as a table only three or more together,
/// between the article's text (<see cref="FigureTables.End"/>), as the gapped ones.
/// </summary>
internal static partial class FigureTables
{
    // A bar between two cells, a space on either side ("Voor | Tegen"); a word's own bar ("a|b") parts no column.
    private const string Bar = " | ";

    // Column names are short: a word or three each ("Lista A", "Salle des fêtes").
    private const int MaxHeaderCellWords = 3;

    /// <summary>
    /// Whether <paramref name="line"/> is a barred table's row: a label, then cells parted by bars, the last a figure ("412",
    /// "44,1%", "17 %", "-18%"). A row of two cells whose label is nothing but menu words ("Facebook | 12") is a share bar's
    /// count.
    /// </summary>
    private static bool IsBarredRow(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        var last = line.LastIndexOf(Bar.AsSpan());
        if (last <= 0 || !IsFigureCell(line.Slice(last + Bar.Length).Trim()) || !AllCellsFilled(line))
        {
            return false;
        }

        return line.IndexOf(Bar.AsSpan()) < last || !IsMenuCount(line);
    }

    /// <summary>Whether <paramref name="line"/> names a barred table's columns: two cells or more of a few words, none a sentence, the last no figure.</summary>
    private static bool IsBarredHeader(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        var last = line.LastIndexOf(Bar.AsSpan());
        if (last <= 0 || IsFigureCell(line.Slice(last + Bar.Length).Trim()) || !AllCellsFilled(line))
        {
            return false;
        }

        var rest = line;
        while (rest.Length > 0)
        {
            var bar = rest.IndexOf(Bar.AsSpan());
            var cell = bar < 0 ? rest : rest.Slice(0, bar);
            if (Text.Words.MoreThan(cell, MaxHeaderCellWords))
            {
                return false;
            }

            rest = bar < 0 ? ReadOnlySpan<char>.Empty : rest.Slice(bar + Bar.Length);
        }

        return true;
    }

    // Every cell holds a letter or a digit: "a |  | b" or a bar closing the line is no row of this kind.
    private static bool AllCellsFilled(ReadOnlySpan<char> line)
    {
        var rest = line;
        while (true)
        {
            var bar = rest.IndexOf(Bar.AsSpan());
            var cell = bar < 0 ? rest : rest.Slice(0, bar);
            if (!HasLetterOrDigit(cell) || cell.IndexOf('|') >= 0)
            {
                return false;
            }

            if (bar < 0)
            {
                return true;
            }

            rest = rest.Slice(bar + Bar.Length);
        }
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> cell)
    {
        foreach (var c in cell)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    // A number, perhaps signed, perhaps a percentage ("412", "1.059", "44,1%", "17 %", "-18%", "+3,5"). A date's groups
    // ("12.03.2025") are no figure: marks between groups of three are thousands, and only the last group may be of
    // another length, after a decimal mark.
    private static bool IsFigureCell(ReadOnlySpan<char> cell)
    {
        if (cell.Length > 0 && cell[cell.Length - 1] == '%')
        {
            cell = cell.Slice(0, cell.Length - 1).TrimEnd();
        }

        if (cell.Length > 0 && cell[0] is '-' or '+' or '\u2212' or '\u2013')
        {
            cell = cell.Slice(1);
        }

        if (cell.Length == 0 || !char.IsDigit(cell[0]) || !char.IsDigit(cell[cell.Length - 1]))
        {
            return false;
        }

        var group = 0;
        var first = true;
        for (var i = 0; i < cell.Length; i++)
        {
            var c = cell[i];
            if (char.IsDigit(c))
            {
                group++;
                continue;
            }

            if (c is not ('.' or ','))
            {
                return false;
            }

            // A group between two marks holds three digits; the first any number.
            if (group == 0 || (!first && group != 3))
            {
                return false;
            }

            first = false;
            group = 0;
        }

        return true;
    }
}
