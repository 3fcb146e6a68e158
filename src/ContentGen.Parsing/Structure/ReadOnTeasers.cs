using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// After the article, a page may print another story's opening as a teaser: its headline, glued under it a blurb of a
/// sentence or two, and glued under that a link to read on ("Lire la suite", "Continuar a ler", "Read more"; the lexicons'
/// <c>ReadOnLinks</c>), perhaps under a short label ("Dans l'actualité aussi", "Também na Guarda"). The blurb reads as
/// prose, but the link under it says the text goes on elsewhere: the teaser is the page's.
/// </summary>
internal static class ReadOnTeasers
{
    // A headline is a line of a few words; the blurb a sentence or two.
    private const int MaxHeadlineWords = 16;
    private const int MaxBlurbWords = 60;

    // "Dans l'actualité aussi": a label of a few words over the teaser.
    private const int MaxLabelWords = 5;

    /// <summary>
    /// Whether <paramref name="blocks"/>[<paramref name="i"/>] is a teaser's headline: one line, no sentence, over a blurb
    /// glued under it that ends as a sentence, with a read-on link alone on the line right under the blurb (in
    /// <paramref name="document"/>: the link may have been set aside as chrome already).
    /// </summary>
    public static bool IsHeadline(IReadOnlyList<TextBlock> blocks, int i, string document)
    {
        if (i + 1 >= blocks.Count)
        {
            return false;
        }

        var head = blocks[i];
        var blurb = blocks[i + 1];
        return head.LineCount == 1 && head.Facts.Words is > 1 and <= MaxHeadlineWords && char.IsUpper(head.Text[0])
            && !Punctuation.EndsWithClause(head.Text) && Glued(head, blurb)
            && blurb.Facts.Words <= MaxBlurbWords && BlockQuality.EndsLikeSentence(blurb.Text)
            && IsReadOnLink(LineUnder(blurb, document));
    }

    /// <summary>Whether <paramref name="blocks"/>[<paramref name="i"/>] is a short label set apart over a teaser's headline.</summary>
    public static bool IsLabel(IReadOnlyList<TextBlock> blocks, int i, string document)
    {
        var label = blocks[i];
        return i + 1 < blocks.Count && label.LineCount == 1 && label.Facts.Words <= MaxLabelWords && !Punctuation.EndsWithClause(label.Text)
            && !Glued(label, blocks[i + 1]) && IsHeadline(blocks, i + 1, document);
    }

    /// <summary>Whether <paramref name="block"/> is the read-on link alone.</summary>
    public static bool IsReadOnLink(TextBlock block) => block.LineCount == 1 && IsReadOnLink(block.Text.AsSpan());

    // "Lire la suite", "Read more ›", "Continuar a ler…": the link's words alone, its arrow or dots aside.
    private static bool IsReadOnLink(ReadOnlySpan<char> line)
    {
        var text = line.Trim().TrimEnd(" .…>»›→".AsSpan());
        return text.Length > 0 && LexiconTables.ReadOnLinks.Contains(text);
    }

    // The line right under the block's last line, or an empty span when a blank line or the text's end is there.
    private static ReadOnlySpan<char> LineUnder(TextBlock block, string document)
    {
        var end = block.PositionAt(block.Text.Length - 1).Offset + 1;
        var start = DocumentLines.NextLineStart(document, end);
        return start < 0 ? default : document.AsSpan(start, DocumentLines.LineEnd(document, start) - start);
    }

    private static bool Glued(TextBlock upper, TextBlock lower) => upper.Start.Line + upper.LineCount == lower.Start.Line;
}
