using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// A podcast's or a programme's page prints the episode's headline in its header, glued among the show's name and the
// episode's length and date ("De Rivierkant – aflevering 48" / the headline / "Duur: 23:14 · 2 december 2026"), where the
// title finder cannot take it (the group is no headline), and prints it again set apart right over the article it goes
// with. The line the finder took between the two copies (a row of credits, a listen link) is the header's: the lower copy
// heads the article, as an editor reads it.
internal sealed partial class BodyReader
{
    // The lower copy stands right over the article's first paragraph: at most a blank line between them.
    private const int LowerCopyLeadReach = 2;

    // Between the line the finder took and the lower copy, the header may print one paragraph of its own (the show's notes),
    // never the article's paragraphs (IsHeaderParagraph).
    private const int MaxParagraphsOverLowerCopy = 1;

    /// <summary>
    /// When a line set aside as a repeat stands set apart right over a paragraph of prose, under the title found with at
    /// most one paragraph between them, and its first copy (not the title found) is one of a group of glued lines, that lower
    /// copy becomes the title; the first copy is the header's (<see cref="HeaderCopy"/>: the stamps between the two
    /// copies date the article). Returns the title's index.
    /// </summary>
    private int CopyOverTheLeadUnderGluedHeader(List<TextBlock> blocks, int title, IReadOnlyList<SourceLine> lines, string document)
    {
        // A title that is itself a first copy is CopyAboveTheLead's.
        var found = blocks[title];
        if (_repeats.Count == 0 || _firstCopies.Contains(found.Start.Offset))
        {
            return title;
        }

        var titleEnd = found.PositionAt(found.Text.Length - 1).Offset;
        var under = title + 1;
        var paragraphs = 0;
        for (var k = 0; k < _repeats.Count; k++)
        {
            var (segment, first) = _repeats[k];
            var offset = segment.Start.Offset;
            if (offset <= titleEnd)
            {
                continue;
            }

            // `under` is the first block under the repeat; the paragraphs of prose passed on the way are counted.
            while (under < blocks.Count && blocks[under].Start.Offset < offset)
            {
                paragraphs += IsHeaderParagraph(blocks[under]) ? 1 : 0;
                under++;
            }

            if (paragraphs > MaxParagraphsOverLowerCopy || under == blocks.Count)
            {
                return title;
            }

            if (IsSetApartOver(segment, blocks[under]) && !_firstCopies.Contains(blocks[under].Start.Offset) && first != found.Start.Offset
                && new LineSegment(lines[SourceLine.IndexAt(lines, first)], document) is var header && IsGlued(header)
                && new TextBlock(new[] { segment }) is var moved && moved.Facts.IsHeadline(strict: true))
            {
                RemoveSetAsideAt(offset);
                _repeats.RemoveAt(k);
                HeaderCopy = new TextBlock(new[] { header });
                blocks.Insert(under, moved);
                return under;
            }
        }

        return title;
    }

    // A line alone between blank lines, right over a paragraph of prose.
    private static bool IsSetApartOver(LineSegment segment, TextBlock paragraph)
        => IsLead(paragraph.Facts) && paragraph.Start.Line - segment.Line.Number <= LowerCopyLeadReach
            && segment.LineAbove().IsEmpty && segment.LineBelow().IsEmpty;

    // A paragraph of prose between the line the finder took and the lower copy: the header's own copy of the headline, and
    // the show's credits on one row (CreditRows), are none.
    private bool IsHeaderParagraph(TextBlock block)
        => IsLead(block.Facts) && !_firstCopies.Contains(block.Start.Offset) && !CreditRows.IsCreditRow(block);

    // A line glued to the line above it or below it: one of a group's lines.
    private static bool IsGlued(LineSegment line) => !line.LineAbove().IsEmpty || !line.LineBelow().IsEmpty;
}
