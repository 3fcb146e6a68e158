using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A copied article names the outlet it was copied from on a source's line of its own: a forum's post quotes it under
/// "Bron: De Veenkoerier, 1 december 2026" glued over the headline, an aggregator under the headline ("Fonte: L'Eco delle
/// Valli"). The line's date, after a comma, a dot or a bar, is the article's, not a word of the outlet's name.
/// </summary>
internal static partial class OutletNames
{
    // The outlet's name and the article's date on a source's line are parted by one of these.
    private static readonly string[] s_creditDateSeparators = { ", ", " · ", " | ", " – ", " - " };

    // "Bron: De Veenkoerier, 1 december 2026" printed right over the headline, no blank between: the quote's credit. A news
    // agency credited so names no outlet (the page that prints its wire is one), nor a body of figures ("Quelle:
    // Statistisches Landesamt"); a line further up belongs to the post around the quote, not to the article.
    private static string? CreditOverHeadline(IReadOnlyList<SourceLine> lines, string document, int titleIndex)
    {
        if (titleIndex == 0 || lines[titleIndex - 1].IsBlank(document))
        {
            return null;
        }

        var text = Whitespace.Trim(lines[titleIndex - 1].Span(document));
        var label = LexiconTables.SourceLabels.LongestStart(text);
        if (label == 0)
        {
            return null;
        }

        var credited = Whitespace.Trim(text.Slice(label));
        return CreditsFiguresNotAnOutlet(credited) ? null : CreditedOutlet(credited);
    }

    // The outlet a source line credits: no agency's name (its copy names no paper), else the name before the date.
    private static string? CreditedOutlet(ReadOnlySpan<char> credited)
        => LexiconTables.Agencies.StartsAnyWhole(credited) ? null : Publication(BeforeDate(credited));

    // "De Veenkoerier, 1 december 2026": the name before the separator a whole date follows; the whole text when none does.
    private static ReadOnlySpan<char> BeforeDate(ReadOnlySpan<char> credited)
    {
        foreach (var separator in s_creditDateSeparators)
        {
            var at = credited.IndexOf(separator.AsSpan(), StringComparison.Ordinal);
            if (at > 0 && Metadata.DateReader.OpensWithDate(credited.Slice(at + separator.Length)))
            {
                return credited.Slice(0, at);
            }
        }

        return credited;
    }
}
