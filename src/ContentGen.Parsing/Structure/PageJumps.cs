using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A printed paper's jump line, read by its parts as <see cref="ReadingTimes"/> reads a reading time: a word of going on
/// (<c>JumpWords</c>), a page's noun (<c>PageWords</c>) and the page's number right after it, in a short line with
/// nothing else but function words ("» Fortsetzung auf Seite 7", "Continued from page 1", "Suite en page 7", "Sigue en
/// la página 7", "Vervolg op pagina 7"). An e-paper's text export or a scanned edition prints one where an article breaks
/// off and one where it resumes; it is the page's furniture, never the article's sentence.
/// </summary>
internal static partial class PageJumps
{
    // "Lees verder op pagina 7", "Continúa en la página 7", "Lire la suite en page 7": the longest are six words. The
    // bound is one more, the room a further page takes ("Continúa en la página 7 y 9" is seven); a mark before the line
    // ("» Fortsetzung auf Seite 7") is no word and takes none.
    private const int MaxWords = 7;

    /// <summary>Whether <paramref name="line"/> is a jump line shaped of its parts.</summary>
    public static bool IsPageJump(ReadOnlySpan<char> line)
    {
        // Without a number there is no page to go to: most short lines have none, and the words are looked up below.
        if (!Digits.Any(line))
        {
            return false;
        }

        var jump = false;
        var paged = false;
        var afterPageWord = false;
        var words = 0;
        var reader = new WordReader(line);
        while (reader.Read())
        {
            if (++words > MaxWords)
            {
                return false;
            }

            var word = reader.Word;
            if (char.IsDigit(word[0]))
            {
                // The page's number stands right after its noun ("Seite 7", "p. 7"), and nothing but a further page
                // ("7 und 9") after it.
                paged |= afterPageWord && Digits.Only(word);
                if (!paged)
                {
                    return false;
                }

                afterPageWord = false;
                continue;
            }

            afterPageWord = LexiconTables.PageWords.Contains(word);
            if (afterPageWord)
            {
                continue;
            }

            if (LexiconTables.JumpWords.Contains(word))
            {
                jump = true;
            }
            else if (!Stopwords.IsStopwordOrElision(word))
            {
                // "Suite page 3 : les riverains s'inquiètent" heads a section; a jump line names no subject.
                return false;
            }
        }

        // "Continued on page 7." may close on a stop; a sentence has a subject and a verb that the words above refuse.
        return jump && paged;
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
        while (shape && reader.Read())
        {
            var word = reader.Word;
            shape = words switch
            {
                0 => LexiconTables.PageWords.Contains(word),
                1 or 3 => Digits.Only(word),
                2 => word.Length <= MaxOfWordLength && !Digits.Only(word),
                _ => false,
            };
            words++;
        }

        return shape && words == 4;
    }

    // "of", "van", "von", "sur", "de", "di": the short word between the page and the count.
    private const int MaxOfWordLength = 3;

    // A story's slides, a gallery's pictures or a teletext page's subpages run to a few dozen; a year ("5/2026") is no count.
    private const int MaxSlideDigits = 2;
    private const int MaxSlideCount = 99;

    /// <summary>
    /// "2/10", "3 / 12": a web story's or a gallery's count of its slides, alone on its line above each slide, a number no
    /// greater than the count after the slash; or -1. The count is what <paramref name="line"/> numbers out of.
    /// </summary>
    public static int SlideCountTotal(ReadOnlySpan<char> line)
    {
        var slash = line.IndexOf('/');
        if (slash < 0)
        {
            return -1;
        }

        var slide = Digits.Value(Whitespace.Trim(line.Slice(0, slash)), MaxSlideDigits);
        var count = Digits.Value(Whitespace.Trim(line.Slice(slash + 1)), MaxSlideDigits);
        return slide > 0 && count > 1 && slide <= count ? count : -1;
    }

    /// <summary>
    /// Whether the block at <paramref name="index"/> is one of a story's slide counts ("2/10" over the second slide): a
    /// count alone on its line that another line of the page repeats out of the same total ("3/10"). Alone, "3/12" may be a
    /// date or "9/11" a heading; a run of them numbering the same slides is the viewer's furniture, in every language.
    /// </summary>
    /// <remarks>
    /// The page's runs are read once, at the first block with a count's shape (few lines have one), into
    /// <paramref name="runTotals"/>: asking every block of a page of counts would read the page once per count.
    /// </remarks>
    public static bool IsSlideCountOfRun(List<TextBlock> blocks, int index, ref bool[]? runTotals)
    {
        var block = blocks[index];
        var total = block.LineCount == 1 ? SlideCountTotal(block.Text.AsSpan()) : -1;
        if (total < 0)
        {
            return false;
        }

        runTotals ??= RunTotals(blocks);
        return runTotals[total];
    }

    private static bool[] RunTotals(List<TextBlock> blocks) => ReadRuns(blocks, null, null);
}
