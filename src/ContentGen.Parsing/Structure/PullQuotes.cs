using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Finds pull quotes: a page prints again, in a block of its own and often in quotation marks, a
/// sentence the article says in one of its paragraphs. An editor keeps the sentence once, where the
/// paragraph has it.
/// </summary>
internal static class PullQuotes
{
    // Fewer words are a phrase a heading or a caption may share with the text by chance.
    private const int MinWords = 6;

    // A pull quote is a sentence or two.
    private const int MaxWords = 60;

    private static readonly char[] s_closers = { '"', '»', '”', '“', '’', ' ', '\u00A0', '\u202F' };

    private static readonly char[] s_marks = { '"', '«', '»', '“', '”', '„', '‘', '’', ' ', '\u00A0', '\u202F', '.', '…', '!', '?' };

    /// <summary>
    /// The blocks among the first <paramref name="count"/> of <paramref name="blocks"/> (the body, in order)
    /// whose sentence another, longer block says. The first block is the standfirst, which the article may
    /// say again in other words around it; a heading ends on no sentence mark; a question said again
    /// ("Et ceux qui sont déjà là ?" and its answer) is an exchange.
    /// </summary>
    public static HashSet<TextBlock> Find(IReadOnlyList<TextBlock> blocks, int count)
    {
        var found = new HashSet<TextBlock>();
        for (var i = 1; i < count; i++)
        {
            var text = blocks[i].Text.AsSpan();
            var words = blocks[i].Facts.Words;
            if (words < MinWords || words > MaxWords || !(BlockQuality.EndsLikeSentence(text) || text.EndsWith("“".AsSpan(), StringComparison.Ordinal))
                || text.TrimEnd(s_closers).EndsWith("?".AsSpan(), StringComparison.Ordinal))
            {
                continue;
            }

            var quote = text.Trim(s_marks);
            for (var k = 0; k < count; k++)
            {
                var other = blocks[k].Text;
                if (k != i && other.Length > quote.Length + MinWords && other.AsSpan().IndexOf(quote, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    found.Add(blocks[i]);
                    break;
                }
            }
        }

        return found;
    }
}
