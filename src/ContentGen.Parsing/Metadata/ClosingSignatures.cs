using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Metadata;

/// <summary>
/// A page that signs its article under the last paragraph with the writer's name and the day on one line ("Ana Ruiz,
/// 12/03/2026", "Armelle Roux, le 12 mars 2026", "Jan de Vries | 12-03-2026"): the date after the name dates the article
/// when the page gives no other. Only the first line under the article signs it; a teaser's "Name, date" further down is
/// another story's, and a line of prose holding a date is no signature.
/// </summary>
internal static class ClosingSignatures
{
    // The signature stands on the next non-blank line under the last paragraph, or on the one after a blank.
    private const int Reach = 3;

    // "12 mars 2026, 18:05": a time may follow the day; more words are a sentence or a teaser's headline.
    private const int MaxTailWords = 2;

    // "le 12 mars", "am 12.03.", "el 12 de marzo": the word a language puts before a day has three letters at most.
    private const int MaxArticleLetters = 3;

    /// <summary>The ISO 8601 date a signature right under line <paramref name="lastBodyIndex"/> gives after its name, or <see langword="null"/>.</summary>
    public static string? DateUnder(IReadOnlyList<SourceLine> lines, string document, int lastBodyIndex)
    {
        for (var i = lastBodyIndex + 1; i < lines.Count && i < lastBodyIndex + Reach; i++)
        {
            var line = Whitespace.Trim(lines[i].Span(document));
            if (line.Length > 0)
            {
                return DateAfterName(line);
            }
        }

        return null;
    }

    /// <summary>
    /// The date of "Name, date" on one line: a bare name of two to five words, a comma, bar, bullet or dash, then the day
    /// alone (its time at most after it, "le", "am", "el", "il" or "op" at most before it); else <see langword="null"/>.
    /// </summary>
    internal static string? DateAfterName(ReadOnlySpan<char> line)
    {
        var mark = line.IndexOfAny(",|•·–—".AsSpan());
        if (mark <= 0 || AuthorReader.ReadBareName(Whitespace.Trim(line.Slice(0, mark)), capitals: true) is null)
        {
            return null;
        }

        var rest = Whitespace.Trim(line.Slice(mark + 1));
        var end = DateReader.OpeningDateEnd(rest);
        if (end <= 0 && ShortLowerWordEnd(rest) is var skip and > 0)
        {
            rest = Whitespace.Trim(rest.Slice(skip));
            end = DateReader.OpeningDateEnd(rest);
        }

        return end > 0 && !Words.MoreThan(rest.Slice(end), MaxTailWords) ? DateReader.Read(rest) : null;
    }

    // "le", "am", "el", "op", "on": the end of a lower-case word of three letters at most opening the line; else 0.
    private static int ShortLowerWordEnd(ReadOnlySpan<char> text)
    {
        var end = 0;
        while (end < text.Length && char.IsLower(text[end]))
        {
            end++;
        }

        return end is > 0 and <= MaxArticleLetters && end < text.Length && Whitespace.IsSpace(text[end]) ? end : 0;
    }
}
