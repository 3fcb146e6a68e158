using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Copies of a headline that are not the same line: a page prints its headline in its header and
/// again over the article, wrapped at another width or with a word changed ("… et mieux expulser",
/// "… et à mieux expulser"). Two texts are copies when their words are the same, case and
/// apostrophes aside, or, in a full headline, when one word is added, dropped or changed.
/// </summary>
internal static class HeadlineCopies
{
    // Fewer words than this ("Monde", "Vidéo") are a menu's items, not a headline's copies.
    private const int MinWords = 3;

    // A headline this long keeps its identity with one word changed; a shorter one does not.
    private const int MinLooseWords = 5;

    // A kicker between a copy and what follows it ("Analyse", "Exclusive interview").
    private const int MaxKickerWords = 2;

    // Headlines run to a few dozen words; a longer text is a paragraph compared with one.
    private const int MaxStackWords = 64;

    /// <summary>Whether <paramref name="other"/> prints the same headline as <paramref name="headline"/>.</summary>
    public static bool IsCopy(string headline, string other)
    {
        // Counted first, in place: most texts compared are paragraphs far longer than a headline.
        var count = Words.Count(headline.AsSpan(), int.MaxValue);
        var otherCount = Words.Count(other.AsSpan(), count + 1);
        if (count < MinWords || otherCount < MinWords || Math.Abs(count - otherCount) > 1)
        {
            return false;
        }

        // Both counts are small here (within one of each other, and a headline's length): the
        // words' places fit on the stack, and the words are compared where they stand.
        Span<WordAt> a = count <= MaxStackWords ? stackalloc WordAt[count] : new WordAt[count];
        Span<WordAt> b = otherCount <= MaxStackWords ? stackalloc WordAt[otherCount] : new WordAt[otherCount];
        Place(headline.AsSpan(), a);
        Place(other.AsSpan(), b);
        var edits = Edits(headline.AsSpan(), a, other.AsSpan(), b);
        return edits == 0 || (edits == 1 && Math.Min(count, otherCount) >= MinLooseWords);
    }

    /// <summary>
    /// The lines just above line <paramref name="index"/> of <paramref name="lines"/> that print a copy
    /// of <paramref name="headline"/>, in order, or <see langword="null"/>. Blank lines above the index
    /// are passed over, and so is one short line (a kicker); the copy's own lines run without a blank.
    /// </summary>
    public static List<LineSegment>? CopyAbove(IReadOnlyList<SourceLine> lines, string document, int index, TextBlock headline)
    {
        var maxLines = headline.LineCount + 1;
        var above = new List<int>();
        for (var i = index - 1; i >= 0 && above.Count < maxLines + 1; i--)
        {
            if (!lines[i].IsBlank(document))
            {
                above.Add(i);
            }
        }

        for (var skip = 0; skip <= 1 && skip < above.Count; skip++)
        {
            if (skip == 1 && Words.MoreThan(new LineSegment(lines[above[0]], document).Span, MaxKickerWords))
            {
                break;
            }

            var segments = new List<LineSegment>();
            for (var count = 1; skip + count <= above.Count && count <= maxLines; count++)
            {
                var at = above[skip + count - 1];
                if (count > 1 && at != above[skip + count - 2] - 1)
                {
                    break;
                }

                segments.Insert(0, new LineSegment(lines[at], document));
                if (IsCopy(headline.Text, new TextBlock(segments).Text))
                {
                    return segments;
                }
            }
        }

        return null;
    }

    // How many words must be added, dropped or changed to make one list the other, up to 2.
    private static int Edits(ReadOnlySpan<char> aText, ReadOnlySpan<WordAt> a, ReadOnlySpan<char> bText, ReadOnlySpan<WordAt> b)
    {
        if (a.Length < b.Length)
        {
            return Edits(bText, b, aText, a);
        }

        var i = 0;
        while (i < b.Length && SameWord(a[i].Of(aText), b[i].Of(bText)))
        {
            i++;
        }

        if (i == b.Length)
        {
            return a.Length - b.Length;
        }

        // Past the first difference, the rest must line up: the same words after one changed
        // word, or the shorter list's words after the longer list's one extra word.
        var extra = a.Length - b.Length;
        for (var k = extra == 0 ? i + 1 : i; k < b.Length; k++)
        {
            if (!SameWord(a[k + extra].Of(aText), b[k].Of(bText)))
            {
                return 2;
            }
        }

        return 1;
    }

    private static void Place(ReadOnlySpan<char> text, Span<WordAt> words)
    {
        var reader = new WordReader(text);
        for (var i = 0; i < words.Length && reader.Read(); i++)
        {
            words[i] = new WordAt(reader.Start, reader.Length);
        }
    }

    // The same word, case aside and a typographic apostrophe read as a straight one.
    private static bool SameWord(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i] && Folded(a[i]) != Folded(b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static char Folded(char c) => c == '’' ? '\'' : char.ToLowerInvariant(c);

    private readonly struct WordAt
    {
        private readonly int _start;
        private readonly int _length;

        public WordAt(int start, int length)
        {
            _start = start;
            _length = length;
        }

        public ReadOnlySpan<char> Of(ReadOnlySpan<char> text) => text.Slice(_start, _length);
    }
}
