using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A market ticker's row, printed over a financial page's masthead or menu: quotes parted by middle dots or bars, each a
/// name, its level and its change with a sign ("FTSE MIB 34.812 +0,64% · Spread BTP-Bund 118 -2 · EUR/USD 1,0842
/// +0,11%"). Prices and signed changes are read the same in every language, and no headline, outlet's name or article's
/// sentence is made of them alone: the row is the page's chrome, so never the headline nor a site's name cut off one.
/// </summary>
internal static class TickerRows
{
    // One quote alone is a line of a table ("Ferrovalli 12,46 € +7,12%"), which the figure tables read; a ticker runs on.
    private const int MinQuotes = 2;

    private const string SpacedPercent = " %";

    /// <summary>
    /// Whether <paramref name="line"/> is a ticker's row: two quotes or more parted by <c>·</c> or <c>|</c>, each a label
    /// that opens on a letter, a level (a figure, perhaps with its currency's sign) and a signed change closing the quote
    /// (<c>+0,64%</c>, <c>+0,42 %</c>, <c>-2</c>, <c>−1.3%</c>, <c>▲0,4%</c>), one change or more in per cent. A results row with no signed
    /// change ("PVA 3.104 · Unidos 2.987"), a table of standings with no per cent, and a headline that quotes a figure are no
    /// ticker.
    /// </summary>
    public static bool IsTickerRow(ReadOnlySpan<char> line)
    {
        // Nearly every line holds no per cent sign, and a ticker holds one: the one search most lines pay.
        if (line.IndexOf('%') < 0)
        {
            return false;
        }

        var quotes = 0;
        var percent = false;
        var parts = new SeparatedParts(line, '·', '|');
        while (parts.Read())
        {
            if (!IsQuote(Whitespace.Trim(parts.Part), ref percent))
            {
                return false;
            }

            quotes++;
        }

        return quotes >= MinQuotes && percent;
    }

    // "Adriana Energia 4,318 -0,42%", "Brent $78.20 +0.9%", "Ferrovalli 12,46 € +7,12%".
    private static bool IsQuote(ReadOnlySpan<char> quote, ref bool percent)
    {
        // French and German print a space before the per cent sign: "+0,42 %".
        var spacedPercent = quote.EndsWith(SpacedPercent.AsSpan(), StringComparison.Ordinal);
        if (spacedPercent)
        {
            quote = quote.Slice(0, quote.Length - SpacedPercent.Length);
            percent = true;
        }

        var space = quote.LastIndexOf(' ');
        if (space <= 0 || !IsSignedChange(quote.Slice(space + 1), ref percent))
        {
            return false;
        }

        var rest = quote.Slice(0, space).TrimEnd();
        space = rest.LastIndexOf(' ');
        if (space > 0 && IsCurrencySign(rest.Slice(space + 1)))
        {
            rest = rest.Slice(0, space).TrimEnd();
            space = rest.LastIndexOf(' ');
        }

        return space > 0 && IsLevel(rest.Slice(space + 1)) && char.IsLetter(rest[0]);
    }

    // "+0,64%", "-2", "−1.3%", "▲0,4%": a sign, a figure with its decimals, perhaps a per cent sign.
    private static bool IsSignedChange(ReadOnlySpan<char> token, ref bool percent)
    {
        if (token.Length < 2 || token[0] is not ('+' or '-' or '−' or '±' or '▲' or '▼'))
        {
            return false;
        }

        var figure = token.Slice(1);
        var inPercent = figure[figure.Length - 1] == '%';
        if (inPercent)
        {
            figure = figure.Slice(0, figure.Length - 1);
        }

        if (!IsFigure(figure))
        {
            return false;
        }

        percent |= inPercent;
        return true;
    }

    // "34.812", "1,0842", "$78.20", "12,46€": a figure, perhaps with its currency's sign on either side.
    private static bool IsLevel(ReadOnlySpan<char> token)
    {
        if (token.Length > 1 && IsCurrencySign(token.Slice(0, 1)))
        {
            token = token.Slice(1);
        }
        else if (token.Length > 1 && IsCurrencySign(token.Slice(token.Length - 1)))
        {
            token = token.Slice(0, token.Length - 1);
        }

        return IsFigure(token);
    }

    private static bool IsCurrencySign(ReadOnlySpan<char> token)
        => token.Length == 1 && char.GetUnicodeCategory(token[0]) == System.Globalization.UnicodeCategory.CurrencySymbol;

    // Digits with their group and decimal marks inside ("34.812", "0,64"), opening and closing on a digit.
    private static bool IsFigure(ReadOnlySpan<char> token)
    {
        if (token.Length == 0 || !char.IsDigit(token[0]) || !char.IsDigit(token[token.Length - 1]))
        {
            return false;
        }

        foreach (var c in token)
        {
            if (!char.IsDigit(c) && c is not ('.' or ','))
            {
                return false;
            }
        }

        return true;
    }
}
