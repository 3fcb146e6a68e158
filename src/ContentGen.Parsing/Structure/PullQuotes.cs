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

    // An editor cuts a pull quote from a stretch of the paragraph at most this many times its length.
    private const int MaxStretch = 2;

    private static readonly char[] s_closers = { '"', '»', '”', '“', '’', ' ', '\u00A0', '\u202F' };

    private static readonly char[] s_marks = { '"', '«', '»', '“', '”', '„', '‘', '’', '\'', '‚', ' ', '\u00A0', '\u202F', '.', '…', '!', '?' };

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
            var quoted = IsWhollyQuoted(text);
            if (words < MinWords || words > MaxWords || !(quoted || BlockQuality.EndsLikeSentence(text) || text.EndsWith("“".AsSpan(), StringComparison.Ordinal))
                || text.TrimEnd(s_closers).EndsWith("?".AsSpan(), StringComparison.Ordinal))
            {
                continue;
            }

            var quote = text.Trim(s_marks);
            for (var k = 0; k < count; k++)
            {
                var other = blocks[k].Text;
                if (k != i && other.Length > quote.Length + MinWords
                    && (other.AsSpan().IndexOf(quote, StringComparison.OrdinalIgnoreCase) >= 0 || (quoted && SaysInOrder(quote, words, other.AsSpan()))))
                {
                    found.Add(blocks[i]);
                    break;
                }
            }
        }

        return found;
    }

    // A block that opens on a quotation mark and closes on one, all of it someone's words: the shape of a pull quote, which
    // editors cut and join ("„Wir haben die Proben auf den Abend gelegt"" from "… die Proben vom Dienstagnachmittag auf
    // den Abend gelegt …").
    private static bool IsWhollyQuoted(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.Length > 2 && text[0] is '"' or '“' or '«' or '„' or '\'' or '‘' or '‚'
            && text[text.Length - 1] is '"' or '”' or '»' or '“' or '\'' or '’' or '‘';
    }

    // Whether the words of `quote` stand in `other` in their order, within a stretch of it at most MaxStretch times as many
    // words: what an editor cut from a paragraph's sentence to print it again.
    private static bool SaysInOrder(ReadOnlySpan<char> quote, int quoteWords, ReadOnlySpan<char> other)
    {
        var reach = quoteWords * MaxStretch;
        var start = new WordReader(other);
        while (start.Read())
        {
            var said = new WordReader(quote);
            if (!said.Read() || !start.Word.Equals(said.Word, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var at = start;
            var spanned = 1;
            var more = said.Read();
            while (more && spanned < reach && at.Read())
            {
                spanned++;
                if (at.Word.Equals(said.Word, StringComparison.OrdinalIgnoreCase))
                {
                    more = said.Read();
                }
            }

            if (!more)
            {
                return true;
            }
        }

        return false;
    }
}
