using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// "212 terrazas con licencia en el municipio" / "1.640 mesas autorizadas en 2024" / "600 euros: multa mínima": an article's
// box of figures, a line each, set between its first paragraph and the next under a label ("La ordenanza, en cifras"). The
// lines are no prose, so they parted the first paragraph from the next as a menu's lines do, the first paragraph was taken
// for a lone blurb over a menu, and the article was read from its second section on, the headline with its standfirst lost.
// A figure's line opens on its number and reads on in lower case ("212 terrazas", "1.640 mesas", "00.30 horas:"); a menu's
// or a teaser list's line does not ("1. Headline", "3 Comments"), nor a date, a byline or a reading time. Between two
// paragraphs it counts as the article's, as a short paragraph of prose does.
internal static partial class TitleFinder
{
    // A figure's line is a short label: a number and a few words.
    private const int MaxFigureLineWords = 12;

    private static bool IsFigureLine(TextBlock block)
    {
        var text = block.Text;
        var facts = block.Facts;
        if (text.Length == 0 || !char.IsDigit(text[0]) || text.IndexOf('\n') >= 0 || facts.Words > MaxFigureLineWords)
        {
            return false;
        }

        // The number: digits and the marks inside it ("1.640", "00.30", "4,8"), then a space and a word in lower case.
        var i = 0;
        while (i < text.Length && (char.IsDigit(text[i]) || (text[i] is '.' or ',' && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
        {
            i++;
        }

        return i + 1 < text.Length && text[i] == ' ' && char.IsLower(text[i + 1])
            && !facts.IsBylineOrDate && !facts.IsCaption && !ReadingTimes.IsReadingTime(text.AsSpan());
    }
}
