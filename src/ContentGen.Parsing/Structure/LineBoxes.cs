using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Walks a page's boxes, the groups of lines of their own between blank lines, for the readers of one kind of box
/// (<see cref="SignUpBoxes"/>, <see cref="PaywallBoxes"/>, walked once for both): each judges a group by its lines,
/// and every line of a group it takes is set aside together.
/// </summary>
internal static class LineBoxes
{
    /// <summary>
    /// The numbers of the lines of every group that <paramref name="isBox"/> takes (given the lines, the group's first
    /// line and the line past its last, and the document), or null when it takes none (most pages).
    /// </summary>
    public static HashSet<int>? Collect(IReadOnlyList<SourceLine> lines, string document, Func<IReadOnlyList<SourceLine>, int, int, string, bool> isBox)
    {
        HashSet<int>? found = null;
        var start = 0;
        while (start < lines.Count)
        {
            if (lines[start].IsBlank(document))
            {
                start++;
                continue;
            }

            var end = start;
            while (end < lines.Count && !lines[end].IsBlank(document))
            {
                end++;
            }

            if (isBox(lines, start, end, document))
            {
                for (var i = start; i < end; i++)
                {
                    (found ??= new HashSet<int>()).Add(lines[i].Number);
                }
            }

            start = end;
        }

        return found;
    }
}
