using System.Collections.Generic;
using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Quotes;

/// <summary>
/// A quote carried to the end of its paragraph whose closing mark the text lost. Flattened news text
/// (the BBC's run-together lines) drops the mark that closes a quote's last paragraph, or the next
/// paragraph that reopened it: `he said. "It will heal. I will be back.` and the paragraph ends. A
/// full sentence quoted after its cue's colon (or the close of a quoted sentence) to the paragraph's last stop ends with its paragraph
/// when the next paragraph does not open on a mark that carries it on. A mark glued to a figure
/// (5' 10" tall), a quote opening mid-sentence in lower case, or one cut off without a stop stays unlisted.
/// </summary>
internal static partial class QuoteReader
{
    /// <summary>
    /// Whether the quote opening at <paramref name="open"/> in <paramref name="text"/> opens a quoted
    /// sentence: a double mark at the paragraph's start, after a colon, or after the closing mark of a
    /// quoted sentence, set off by a space and followed by a capital.
    /// </summary>
    private static bool OpensQuotedSentence(string text, int open)
    {
        if (open < 0 || !QuoteMarks.IsDouble(text[open]))
        {
            return false;
        }

        var first = open + 1;
        while (first < text.Length && Whitespace.IsSpace(text[first]))
        {
            first++;
        }

        if (first >= text.Length || !char.IsUpper(text[first]))
        {
            return false;
        }

        // Its own cue's colon, or the close of a quoted sentence just before ("… January." "Let us"):
        // after narration ("he said. "What) or a bare stop, the mark may be a lost close or an inch.
        var before = open - 1;
        while (before >= 0 && Whitespace.IsSpace(text[before]))
        {
            before--;
        }

        if (before < 0 || text[before] == ':')
        {
            return true;
        }

        return before > 0 && before < open - 1 && (QuoteMarks.OnlyCloses(text[before]) || text[before] == '"') && Punctuation.IsTerminal(text[before - 1]);
    }

    /// <summary>Whether <paramref name="text"/>, in which a quote is still open, ends on a stop.</summary>
    private static bool EndsOnStop(string text)
    {
        var end = text.Length - 1;
        while (end >= 0 && Whitespace.IsSpace(text[end]))
        {
            end--;
        }

        return end >= 0 && Punctuation.IsTerminal(text[end]);
    }

    /// <summary>
    /// Whether the next paragraph carries the open quote on: its first quote opens at its start, or
    /// its first mark closes a quote it never opened, or is glued to the word before it (served", he
    /// added): the close of the quote still open.
    /// </summary>
    private static bool CarriedOn(IReadOnlyList<TextBlock> paragraphs, List<QuoteScanner.Result> scans, int next)
    {
        if (next >= scans.Count)
        {
            return false;
        }

        var scan = scans[next];
        if (scan.Quotes.Count > 0 && (scan.Quotes[0].IsHeadless || scan.Quotes[0].Open == 0 || !Whitespace.IsSpace(paragraphs[next].Text[scan.Quotes[0].Open - 1])))
        {
            return true;
        }

        return scan.StrayClosers.Count > 0 && (scan.Quotes.Count == 0 || scan.StrayClosers[0] < scan.Quotes[0].Open);
    }
}
