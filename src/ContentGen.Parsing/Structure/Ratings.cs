using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A review prints its critic's rating on a line of its own, under the byline or among the paragraphs: stars alone
/// ("★★★★☆") or a rating's label with a score ("Note : 15/20", "Voto: 7/10", "Bewertung: 4 von 5 Sternen", "Rating:
/// ★★★☆☆"). It is the review's verdict, the article's text: not a page's ornament (it has no letter), nor a heading (it
/// is short and has no full stop), nor a menu's line.
/// </summary>
internal static class Ratings
{
    // Five stars, or ten: a line of more is a rule drawn with stars.
    private const int MaxStars = 10;

    // "15/20", "7/10", "4/5", "3,5 von 5", "82/100": a rating's scale.
    private const int MinScale = 3;
    private const int MaxScale = 100;

    /// <summary>Whether <paramref name="text"/> is a rating line: stars alone, or a rating's label, a colon and a score.</summary>
    public static bool IsRating(string text)
    {
        var line = text.AsSpan().Trim();
        if (IsStars(line))
        {
            return true;
        }

        var colon = line.IndexOf(':');
        if (colon <= 0 || !LexiconTables.RatingLabels.Contains(line.Slice(0, colon).TrimEnd()))
        {
            return false;
        }

        var score = line.Slice(colon + 1).Trim();
        return IsStars(score) || IsScore(score);
    }

    // Star glyphs glued together ("★★★★☆", "★★★½", "★★★★★"): "★ ★ ★" spaced out, or "★★★" of three full stars alone, is
    // an ornament that parts a page's sections; a rating shows its scale with empty or half stars, or has four stars or more.
    private const int MinFullStars = 4;

    private static bool IsStars(ReadOnlySpan<char> text)
    {
        if (text.Length == 0 || text.Length > MaxStars * 2)
        {
            return false;
        }

        var stars = 0;
        var glyphs = 0;
        var scale = false;
        foreach (var c in text)
        {
            if (c == '\uFE0F')
            {
                // The emoji star's presentation mark ("⭐" printed as an emoji) is no glyph of its own.
                continue;
            }

            if (c is '★' or '✭' or '✮' or '⭐')
            {
                stars++;
            }
            else if (c is '☆' or '✩' or '½')
            {
                scale = true;
            }
            else
            {
                return false;
            }

            glyphs++;
        }

        return glyphs <= MaxStars && (stars > 0 ? scale || stars >= MinFullStars : scale && glyphs > 1);
    }

    // "15/20", "3,5/5", "4 von 5 Sternen": a number, a slash or a counter's joining word ("von", "sur", "de", "di", "of",
    // "van"), a scale no smaller, and perhaps the stars' word; nothing else ("Note : 3/4 des habitants" is a sentence's).
    private static bool IsScore(ReadOnlySpan<char> text)
    {
        var first = Number(text, out var score);
        if (first == 0)
        {
            return false;
        }

        var rest = text.Slice(first).TrimStart();
        if (rest.Length > 0 && rest[0] == '/')
        {
            rest = rest.Slice(1).TrimStart();
        }
        else
        {
            var reader = new WordReader(rest);
            if (!reader.Read() || reader.Start != 0 || !LexiconTables.CounterJoiners.Contains(reader.Word))
            {
                return false;
            }

            rest = rest.Slice(reader.Length).TrimStart();
        }

        var second = Number(rest, out var scale);
        if (second == 0 || scale < MinScale || scale > MaxScale || score > scale)
        {
            return false;
        }

        var tail = rest.Slice(second).Trim();
        return tail.Length == 0 || LexiconTables.StarWords.Contains(tail.TrimEnd('.'));
    }

    // The length of the number opening `text` ("15", "3,5", "3.5"), and its value; 0 when none opens it.
    private static int Number(ReadOnlySpan<char> text, out double value)
    {
        value = 0;
        var i = 0;
        while (i < text.Length && IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i == 0 || i > 3)
        {
            return 0;
        }

        var end = i;
        if (i + 1 < text.Length && text[i] is '.' or ',' && IsAsciiDigit(text[i + 1]))
        {
            end = i + 2;
        }

        var whole = 0;
        for (var d = 0; d < i; d++)
        {
            whole = (whole * 10) + (text[d] - '0');
        }

        value = end > i ? whole + ((text[i + 1] - '0') / 10.0) : whole;
        return end < text.Length && IsAsciiDigit(text[end]) ? 0 : end;
    }

    private static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';
}
