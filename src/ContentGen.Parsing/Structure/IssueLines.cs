using System;
using System.Globalization;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Session 71, ptitle: a printed paper's issue line, under its masthead on the front page and kept by a print replica or an
/// e-paper's text ("Quotidien régional - 1,40 € - N° 24 118", "Daily - £1.40 - No. 24,118", "Tageszeitung · 2,10 € · Nr.
/// 48 112"): the paper's price and the issue's number, each a part of its own between spaced dashes, bars or middle dots,
/// with at most a short label beside them (the paper's kind, its year). It is the masthead's, never a headline: a headline
/// that names a price or a number says something of it in the same part ("Bread rises to £1.40 - No. 1 bakery closes").
/// </summary>
internal static class IssueLines
{
    // A label beside the price and the number is a paper's kind or its volume ("Quotidien régional", "Jahrgang 78").
    private const int MaxLabelWords = 4;
    private const int MaxParts = 5;

    // The currencies a paper's price is printed in: a line without one is never read further.
    private static readonly char[] s_currencies = { '€', '£', '$' };

    /// <summary>Whether <paramref name="text"/>, a line, is a printed paper's issue line: a price and an issue's number.</summary>
    public static bool IsIssueLine(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny(s_currencies) < 0)
        {
            return false;
        }

        var price = false;
        var number = false;
        var parts = 0;
        var rest = Whitespace.Trim(text);
        while (rest.Length > 0)
        {
            var gap = NextSeparator(rest, out var length);
            var part = Whitespace.Trim(gap < 0 ? rest : rest.Slice(0, gap));
            if (part.Length == 0 || ++parts > MaxParts)
            {
                return false;
            }

            if (IsPrice(part))
            {
                price = true;
            }
            else if (IsIssueNumber(part))
            {
                number = true;
            }
            else if (Words.MoreThan(part, MaxLabelWords) || Punctuation.IsTerminal(part[part.Length - 1]))
            {
                return false;
            }

            rest = gap < 0 ? ReadOnlySpan<char>.Empty : rest.Slice(gap + length);
        }

        return price && number;
    }

    // A dash, a bar, a middle dot or a bullet with a space on either side parts the line; a hyphen inside a word does not.
    private static int NextSeparator(ReadOnlySpan<char> text, out int length)
    {
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] is '-' or '–' or '—' or '|' or '·' or '•' && text[i - 1] == ' ' && text[i + 1] == ' ')
            {
                length = 2;
                return i - 1;
            }
        }

        length = 0;
        return -1;
    }

    // "1,40 €", "€ 2,50", "£1.40", "$2": a currency's sign and a figure, nothing else.
    private static bool IsPrice(ReadOnlySpan<char> part)
    {
        var sign = false;
        var digit = false;
        foreach (var c in part)
        {
            if (char.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol)
            {
                sign = true;
            }
            else if (char.IsDigit(c))
            {
                digit = true;
            }
            else if (!IsFigureSeparator(c))
            {
                return false;
            }
        }

        return sign && digit;
    }

    // The word for a number opens with an n in each of the seven languages (number, numéro, Nummer, número, numero, nummer),
    // and a paper shortens it so before its issue's figure: "N° 24 118", "No. 24,118", "Nr. 48", "Núm. 12.345", "N.º 4521",
    // "n. 67". At most three letters, then a dot or a degree's or an ordinal's sign, then the figure and its separators.
    private const int MaxMarkLetters = 3;

    private static bool IsIssueNumber(ReadOnlySpan<char> part)
    {
        if (part.Length < 3 || part[0] is not ('N' or 'n'))
        {
            return false;
        }

        var i = 1;
        while (i < part.Length && i < MaxMarkLetters && char.IsLetter(part[i]) && part[i] is not ('º' or 'ª'))
        {
            i++;
        }

        var marks = i;
        while (i < part.Length && part[i] is '.' or '°' or 'º')
        {
            i++;
        }

        if (i == marks)
        {
            return false;
        }

        var figure = Whitespace.Trim(part.Slice(i));
        if (figure.Length == 0 || !char.IsDigit(figure[0]))
        {
            return false;
        }

        foreach (var c in figure)
        {
            if (!char.IsDigit(c) && !IsFigureSeparator(c))
            {
                return false;
            }
        }

        return true;
    }

    // The marks a figure is grouped or parted by in a price or an issue's number: "1,40", "24.118", "24 118" (thin or
    // no-break spaces included).
    private static bool IsFigureSeparator(char c) => c is ',' or '.' or ' ' or '\u00A0' or '\u202F';
}
