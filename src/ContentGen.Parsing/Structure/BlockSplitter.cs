using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Turns a group of consecutive non-blank lines into paragraph-sized blocks. Hard-wrapped
/// lines are joined; a file with one paragraph per line keeps each line apart.
/// </summary>
internal static class BlockSplitter
{
    // Lines longer than this were not wrapped by a fixed-width dump, so each is its own unit.
    private const int MaxWrapWidth = 100;

    // Groups of lines shorter than this are lists or menus, not wrapped prose.
    private const int MinWrapWidth = 40;

    /// <summary>Splits one group of adjacent lines into blocks.</summary>
    public static IEnumerable<TextBlock> Split(IReadOnlyList<LineSegment> group)
    {
        if (group.Count == 0)
        {
            yield break;
        }

        var width = 0;
        foreach (var segment in group)
        {
            width = System.Math.Max(width, segment.Text.Length);
        }

        var wrapped = width >= MinWrapWidth && width <= MaxWrapWidth;
        var start = 0;
        for (var i = 1; i < group.Count; i++)
        {
            if (!wrapped || EndsParagraph(group[i - 1].Text, group[i].Text, width))
            {
                yield return new TextBlock(group, start, i - start);
                start = i;
            }
        }

        yield return new TextBlock(group, start, group.Count - start);
    }

    // A wrapping dump breaks a line only when the next word would not fit; a line that left
    // room for the next word ended its paragraph. A bullet always starts a new one.
    private static bool EndsParagraph(string line, string next, int width)
    {
        if (StartsWithBullet(next) || StartsByline(next))
        {
            return true;
        }

        var firstWord = next.IndexOf(' ');
        var firstWordLength = firstWord < 0 ? next.Length : firstWord;
        return line.Length + 1 + firstWordLength <= width;
    }

    // "By Helen Marsh", "Published 14 March 2023" under a headline: the headline is the group's
    // longest line, so the width rule alone would glue them to it. Wrapped prose never starts a
    // line with a capitalised byline or dateline.
    private static bool StartsByline(string next)
        => next.Length > 0 && char.IsUpper(next[0]) && (PageLines.IsAuthorLine(next) || PageLines.IsPublicationStamp(next));

    /// <summary>Whether <paramref name="line"/> is a list item: "- ", "• ", "* ".</summary>
    public static bool StartsWithBullet(string line)
        => line.Length > 1 && line[0] is '-' or '•' or '*' or '–' or '—' or '·' && line[1] == ' ';
}
