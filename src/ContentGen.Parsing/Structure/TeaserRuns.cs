using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Other stories' headlines printed one under the other between an article's paragraphs, with no label over them
/// ("Mayor's car allowance to be reviewed" / "Ward boundaries: what changes in May" / "Parking charges frozen in town
/// centre", "Le Mans. Un cycliste blessé boulevard Demorieux" / …): a site's links inside the article. An article's own
/// list printed without its bullets (<see cref="ArticleLists"/>) names things in a few words ("Navettes gratuites") or
/// follows a lead-in ending on a colon or a label; a run of headlines is of clauses, each a story of its own, glued under
/// a paragraph that ended its sentence and over the paragraph that goes on with the article.
/// </summary>
internal static class TeaserRuns
{
    // Two headlines may be a pair of the article's own lines (an address over its opening hours); three in a row are a list of links.
    private const int MinLines = 3;

    // A headline says what happened: a subject, a verb and more. A list's item is a thing named in a word or two.
    private const int MinWords = 4;
    private const int MaxWords = 16;

    // Words in lower case past the first: a clause's, where a name or a menu's label has capitals only.
    private const int MinLowerCaseWords = 2;

    // Under a box's label, two headlines are the box's: the label says what they are.
    private const int MinHeadlinesUnderLabel = 2;
    private const int MaxLabelWords = 5;

    /// <summary>
    /// How many blocks from <paramref name="start"/> make such a run, glued one under the other with a prose paragraph
    /// right under them; 0 when they do not. The caller checks what stands above.
    /// </summary>
    public static int RunAt(IReadOnlyList<TextBlock> blocks, int start) => RunAt(blocks, start, labelledOnly: false);

    /// <summary>
    /// How many blocks from <paramref name="start"/> make a labelled box of such headlines ("NOTICIAS RELACIONADAS" over two
    /// headlines) with a prose paragraph right under them; 0 when they do not.
    /// </summary>
    public static int LabelledBoxAt(IReadOnlyList<TextBlock> blocks, int start) => RunAt(blocks, start, labelledOnly: true);

    private static int RunAt(IReadOnlyList<TextBlock> blocks, int start, bool labelledOnly)
    {
        // A dump may join the lines into one block, as it joins a paragraph's wrapped lines: each line is read. The box's
        // label is its first line, glued over the headlines or printed as a block of its own right over them.
        // A label the lexicons name ("NOTICIAS RELACIONADAS") may have been set aside with the page's chrome before the
        // blocks were read: it is the line right above them.
        var labelled = blocks[start].LineCount > 0 && IsBoxLabel(blocks[start].Line(0).Span.Trim());
        var labelAbove = !labelled && blocks[start].LineCount > 0 && IsBoxLabel(blocks[start].Line(0).LineAbove());
        if (labelledOnly && !labelled && !labelAbove)
        {
            return 0;
        }

        var end = start;
        var headlines = 0;
        while (end < blocks.Count && (end == start || Glued(blocks[end - 1], blocks[end])))
        {
            var from = end == start && labelled ? 1 : 0;
            if (from == blocks[end].LineCount && from > 0)
            {
                end++;
                continue;
            }

            if (!IsHeadlines(blocks[end], from))
            {
                break;
            }

            headlines += blocks[end].LineCount - from;
            end++;
        }

        var enough = labelled || labelAbove ? headlines >= MinHeadlinesUnderLabel : headlines >= MinLines;
        return enough && end < blocks.Count && BlockQuality.IsProse(blocks[end].Facts) ? end - start : 0;
    }

    /// <summary>Whether <paramref name="block"/> is a paragraph that ended its sentence: what a run of links is printed under.</summary>
    public static bool EndsParagraph(TextBlock block) => block.LineCount > 0 && Punctuation.EndsSentence(block.Text) && BlockQuality.IsProse(block.Facts);

    // A box's label alone on its line: a few words in capitals ("EN QUELQUES LIGNES", "OOK IN HET NIEUWS") or a label the
    // lexicons list ("Lees ook", "Related"); a lead-in on a colon ("Le programme :") opens the article's own list.
    private static bool IsBoxLabel(ReadOnlySpan<char> line)
        => line.Length > 0 && !Words.MoreThan(line, MaxLabelWords) && (FactBoxes.IsCapitals(line) || ReadAlsoLinks.IsLabel(line));

    // Every line of the block from `from` on in a headline's shape.
    private static bool IsHeadlines(TextBlock block, int from)
    {
        for (var k = from; k < block.LineCount; k++)
        {
            if (!IsHeadlineLine(block.Line(k).Span.Trim()))
            {
                return false;
            }
        }

        return block.LineCount > 0;
    }

    // One line of a clause in a headline's shape: a capital first, no mark of a sentence or a lead-in at its end.
    private static bool IsHeadlineLine(ReadOnlySpan<char> text)
        => text.Length > 0 && char.IsUpper(text[0]) && !Punctuation.EndsWithClauseInsideClosers(text)
            && !Words.MoreThan(text, MaxWords) && Words.MoreThan(text, MinWords - 1) && Words.HasLowerCaseAfterFirst(text, MinLowerCaseWords);

    // Printed on the line right under the one above, no blank line between.
    private static bool Glued(TextBlock above, TextBlock below) => below.Start.Line == above.Start.Line + above.LineCount;
}
