using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A control that unfolds a folded section of the same page, which a dump prints where the fold was: "Show more",
/// "Ver más", "Mehr anzeigen", "Toon meer", alone on its line or glued over the paragraph it hid, often with an arrow
/// ("See more ↓", "+ Voir plus", "Mostra altro ›"). It says nothing of the article, so it is chrome. Whole lines only
/// (<see cref="LexiconTables.RevealControls"/>): a sentence that opens with the same words and goes on ("Ver más allá
/// del verano es lo que piden…") is the article's.
/// </summary>
internal static class RevealControls
{
    /// <summary>Whether <paramref name="line"/>, trimmed and without the arrows drawn round it, is such a control alone.</summary>
    public static bool IsControl(ReadOnlySpan<char> line)
    {
        var text = Whitespace.Trim(line);
        // The longest control is four words: a line longer than that is read no further.
        if (text.Length == 0 || text.Length > MaxControlChars)
        {
            return false;
        }

        text = WithoutArrows(text);
        return text.Length > 0 && LexiconTables.RevealControls.Contains(text);
    }

    private const int MaxControlChars = 40;

    // Arrows, chevrons and the plus or minus sign a fold's button draws before or after its label.
    private static bool IsArrow(char c) => c is '↓' or '↑' or '▼' or '▲' or '▾' or '▴' or '⌄' or '⌃' or '⬇' or '⬆' or '›' or '»' or '>' or '+' or '−' or '…' or '.';

    private static ReadOnlySpan<char> WithoutArrows(ReadOnlySpan<char> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && (IsArrow(text[start]) || text[start] == ' '))
        {
            start++;
        }

        while (end > start && (IsArrow(text[end - 1]) || text[end - 1] == ' '))
        {
            end--;
        }

        return text.Slice(start, end - start);
    }
}
