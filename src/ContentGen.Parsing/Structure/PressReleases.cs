using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A press release closes on its sender's box: a line that opens with an "about" lead ("À propos du Syndicat …", "About
/// Valley Water", "Über die Stadtwerke"), the sender's blurb glued under it, then the press contact ("Contact presse :",
/// "Press contact:"). The box is the release's boilerplate. Without the press contact under it the same lead heads the
/// article's own section ("About the bridge" over a paragraph) and stays.
/// </summary>
internal static class PressReleases
{
    // The box's heading line is a name of a few words; the blurb a sentence or three.
    private const int MaxLeadWords = 14;
    private const int MaxBoxWords = 90;

    // The press contact stands right under the box: within a few non-blank lines, blank lines between counted too.
    private const int ContactReach = 3;
    private const int MaxLinesRead = 8;

    /// <summary>
    /// How many blocks from <paramref name="blocks"/>[<paramref name="i"/>] on make a sender's box (its lead line, and
    /// its blurb when the dump printed it as a block of its own), or 0 when none starts there.
    /// </summary>
    public static int AboutBoxBlocks(IReadOnlyList<TextBlock> blocks, int i, string document)
    {
        var block = blocks[i];
        var lead = LexiconTables.AboutLeads.LongestStart(block.Text.AsSpan());
        if (lead == 0 || lead >= block.Text.Length || block.Text[lead] is not (' ' or '\'' or '’') || !char.IsUpper(block.Text[0]))
        {
            return 0;
        }

        // The lead line alone over its blurb glued under it, or the two printed as one block.
        var count = block.LineCount == 1 && i + 1 < blocks.Count && blocks[i + 1].Start.Line == block.Start.Line + 1 ? 2 : 1;
        if (count == 1 && block.LineCount < 2)
        {
            return 0;
        }

        var last = blocks[i + count - 1];
        var leadLine = block.Line(0).Span.Trim();
        var blurb = (count == 2 ? last.Line(0).Span : block.Line(1).Span).Trim();
        var words = count == 2 ? block.Facts.Words + last.Facts.Words : block.Facts.Words;
        return words <= MaxBoxWords && !Words.MoreThan(leadLine, MaxLeadWords) && NamesASender(leadLine, lead)
            && blurb.Length > 0 && char.IsUpper(blurb[0]) && BlockQuality.EndsLikeSentence(last.Text) && ContactUnder(last, document) ? count : 0;
    }

    // The contact's box: its label alone on its line, then a name, a number, an address or a line to the newsrooms.
    private const int MaxContactBoxWords = 50;
    private const int MaxContactBoxLines = 6;

    /// <summary>
    /// How many blocks from <paramref name="blocks"/>[<paramref name="i"/>] on make a press release's contact box or its
    /// notes to the newsrooms: the label alone on its first line ("Perscontact", "Noot voor de redactie", "Notes to
    /// editors:") with the few lines glued under it, in one block or the label's block over theirs; 0 when none starts
    /// there. A label printed apart from the paragraph under it, or over a paragraph as long as the article's, makes none.
    /// </summary>
    public static int ContactBoxBlocks(IReadOnlyList<TextBlock> blocks, int i)
    {
        var block = blocks[i];
        var label = block.Line(0).Span.Trim().TrimEnd(':').TrimEnd();
        if (label.Length == 0 || LexiconTables.PressContactLabels.LongestStart(label) != label.Length)
        {
            return 0;
        }

        if (block.LineCount > 1)
        {
            return block.LineCount <= MaxContactBoxLines && block.Facts.Words <= MaxContactBoxWords ? 1 : 0;
        }

        var next = i + 1 < blocks.Count ? blocks[i + 1] : null;
        return next is not null && next.Start.Line == block.Start.Line + 1 && next.LineCount < MaxContactBoxLines
            && block.Facts.Words + next.Facts.Words <= MaxContactBoxWords ? 2 : 0;
    }

    // "À propos du Syndicat …", "About Valley Water", "Über die Stadtwerke": a name follows the lead (a capitalised word
    // within a few words), and the line ends on no clause's mark or function word. "Over the past year the trust has
    // planted" / "four thousand trees …" is a paragraph's first line running on, however its first word reads.
    private const int NameReach = 3;

    private static bool NamesASender(ReadOnlySpan<char> line, int lead)
    {
        if (Punctuation.EndsWithClause(line.ToString()))
        {
            return false;
        }

        var named = false;
        var seen = 0;
        var last = default(ReadOnlySpan<char>);
        var reader = new WordReader(line.Slice(lead));
        while (reader.Read())
        {
            last = reader.Word;
            named |= ++seen <= NameReach && char.IsUpper(last[0]);
        }

        return named && !(char.IsLower(last[0]) && Stopwords.IsStopword(last));
    }

    // Whether a press contact's label opens one of the few non-blank lines under the block.
    private static bool ContactUnder(TextBlock block, string document)
    {
        var at = block.PositionAt(block.Text.Length - 1).Offset + 1;
        var seen = 0;
        for (var read = 0; seen < ContactReach && read < MaxLinesRead; read++)
        {
            var start = DocumentLines.NextLineStart(document, at);
            if (start < 0)
            {
                return false;
            }

            var stop = DocumentLines.LineEnd(document, start);
            var line = document.AsSpan(start, stop - start).Trim();
            at = stop;
            if (line.Length == 0)
            {
                continue;
            }

            if (LexiconTables.PressContactLabels.StartsAny(line))
            {
                return true;
            }

            seen++;
        }

        return false;
    }
}
