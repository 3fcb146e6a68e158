using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A dump wraps every unit of a page at one width, so a unit that opens with the words of a shorter one prints the same
/// first line: the headline under the browser's title ("Ponte pedonal … reabre depois de dois anos" / "fechada", under
/// "… depois de dois anos" / "fechada | Notícias de …"), the lede that opens with the headline's words ("El mercado …
/// abrirá por las" / "tardes" over "… abrirá por las" / "tardes a partir del 1 de abril. …"). A line printed twice is a
/// copy (a pull quote, a caption printed again) where the unit is printed again; here the shorter unit ends mid-sentence
/// where the longer goes on, and neither is a copy. Two prints that share a sentence ("… obtenu le" / "droit d'asile.
/// Sur les …" and "… obtenu le" / "droit d'asile. EyePress …") or part otherwise are copies, as they were.
/// </summary>
internal static class WrappedCopies
{
    /// <summary>
    /// Whether <paramref name="lines"/>[<paramref name="index"/>], a line printed before at <paramref name="copyStart"/>, is
    /// the first line of one unit where its earlier print is another's: one print's unit ends (alone on its line, or with
    /// one more line and a blank under it) where the other's goes on mid-sentence (<see cref="RunningLines.GoesOn"/>) with
    /// the same words and more.
    /// </summary>
    public static bool GoOnOtherwise(IReadOnlyList<SourceLine> lines, string document, int index, int copyStart)
    {
        var copy = SourceLine.IndexAt(lines, copyStart);
        if (copy >= index)
        {
            return false;
        }

        var line = lines[index].Span(document).Trim();
        var next = LineUnder(lines, document, index);
        var copyNext = LineUnder(lines, document, copy);
        var shorterAt = next.Length <= copyNext.Length ? index : copy;
        var shorter = shorterAt == index ? next : copyNext;
        var longer = shorterAt == index ? copyNext : next;
        // "… dopo quarant'anni" / "| Il Corriere della Valtenna": a bar opens no line of its own, the browser's title goes on
        // with its site's name.
        if (longer.Length <= shorter.Length || !(RunningLines.GoesOn(line, longer) || longer[0] == '|'))
        {
            return false;
        }

        // The shorter unit alone on its line, or ending on the line under it with the words the longer goes on with.
        return shorter.Length == 0
            || (LineUnder(lines, document, shorterAt + 1).Length == 0 && longer.StartsWith(shorter, StringComparison.Ordinal)
                && !char.IsLetterOrDigit(longer[shorter.Length]) && !HasSentenceEnd(shorter));
    }

    // The line under `index`, trimmed; empty under a blank line or at the end.
    private static ReadOnlySpan<char> LineUnder(IReadOnlyList<SourceLine> lines, string document, int index)
        => index + 1 < lines.Count ? lines[index + 1].Span(document).Trim() : ReadOnlySpan<char>.Empty;

    // "droit d'asile.", "de Roissy. — G. Novello": the two prints share a sentence.
    private static bool HasSentenceEnd(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                return true;
            }
        }

        return false;
    }
}
