using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A long story's table of contents, printed under its byline as one group of lines: a label alone on its line
/// (<see cref="LexiconTables.ContentsLabels"/>: "In dit verhaal:", "In this story:", "Dans cet article :") over two or more
/// chapters' titles, each numbered ("1. …"), short and ending on no sentence mark; above the label, the page's count
/// ("Pagina 1 van 3", <see cref="PageJumps"/>) may stand. The group is the page's navigation: the chapters head the article
/// further down. A numbered list of sentences, or a list under another lead, is no table of contents.
/// </summary>
internal static class ContentsTables
{
    private const int MinItems = 2;

    // A chapter's title is a headline's length.
    private const int MaxItemWords = 12;

    /// <summary>Whether <paramref name="text"/>, a block's lines, is a table of contents.</summary>
    public static bool IsContentsTable(string text)
    {
        var span = text.AsSpan();
        var labelSeen = false;
        var items = 0;
        while (span.Length > 0)
        {
            var end = span.IndexOf('\n');
            var line = Whitespace.Trim(end >= 0 ? span.Slice(0, end) : span);
            span = end >= 0 ? span.Slice(end + 1) : ReadOnlySpan<char>.Empty;
            if (line.Length == 0)
            {
                continue;
            }

            if (!labelSeen)
            {
                var label = Whitespace.Trim(line.TrimEnd(':'));
                if (LexiconTables.ContentsLabels.Contains(label))
                {
                    labelSeen = true;
                }
                else if (!PageJumps.IsPageJump(line) && !IsPageCount(line))
                {
                    return false;
                }

                continue;
            }

            if (!IsChapterItem(line))
            {
                return false;
            }

            items++;
        }

        return labelSeen && items >= MinItems;
    }

    /// <summary>
    /// "Pagina 1 van 3", "Page 2 of 4", "Seite 1 von 3": a split story's count of its pages, alone on its line, a page's
    /// word (<see cref="LexiconTables.PageWords"/>), a number, one short word and the number of pages.
    /// </summary>
    public static bool IsPageCount(ReadOnlySpan<char> line)
    {
        var reader = new WordReader(line);
        var words = 0;
        var shape = true;
        while (reader.Read() && shape)
        {
            var word = reader.Word;
            shape = words switch
            {
                0 => LexiconTables.PageWords.Contains(word),
                1 or 3 => IsNumber(word),
                2 => word.Length <= MaxOfWordLength && !IsNumber(word),
                _ => false,
            };
            words++;
        }

        return shape && words == 4;
    }

    // "of", "van", "von", "sur", "de", "di": the short word between the page and the count.
    private const int MaxOfWordLength = 3;

    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    // "2. De rekening van de gemeente": a number, a stop or a bracket, and a title ending on no sentence mark.
    private static bool IsChapterItem(ReadOnlySpan<char> line)
    {
        var digits = 0;
        while (digits < line.Length && char.IsDigit(line[digits]))
        {
            digits++;
        }

        if (digits == 0 || digits > 2 || digits + 1 >= line.Length || line[digits] is not ('.' or ')') || line[digits + 1] != ' ')
        {
            return false;
        }

        var title = Whitespace.Trim(line.Slice(digits + 2));
        return title.Length > 0 && char.IsUpper(title[0]) && !Punctuation.IsTerminal(title[title.Length - 1])
            && Words.Count(title, MaxItemWords + 1) <= MaxItemWords;
    }
}
