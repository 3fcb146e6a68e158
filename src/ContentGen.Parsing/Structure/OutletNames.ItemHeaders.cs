using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Session 71, pfresh: a feed reader's item header glued over the headline ("The Harrowgate Courier · 3h ago · by Tom
/// Pike" / "Visit website" / "Star · Share · Open original" / headline). A feed reader prints the item's outlet and writer
/// over the item's headline, under its own name and its list of feeds: the outlet is the article's source, not the reader
/// whose name tops the page, and the writer its author. The line reads as the byline's line under a headline does
/// (<see cref="OpensBylineLine"/>: an outlet's name, then a writer's credit or a date); only the few lines glued over the
/// headline are read, so a teaser's header over its own headline, a blank line above the article's, signs nothing.
/// </summary>
internal static partial class OutletNames
{
    // The item header and the reader's buttons under it ("Visit website", "Star · Share · Open original").
    private const int MaxItemHeaderReach = 3;

    /// <summary>
    /// The index of the item header glued over the headline at <paramref name="titleIndex"/>, or -1: the nearest of the
    /// few lines over it, with no blank line between, that opens with an outlet's name before a writer's credit or a date.
    /// </summary>
    public static int ItemHeaderOver(IReadOnlyList<SourceLine> lines, string document, int titleIndex)
    {
        for (var i = titleIndex - 1; i >= 0 && i >= titleIndex - MaxItemHeaderReach && !lines[i].IsBlank(document); i--)
        {
            if (OpensBylineLine(lines[i].Span(document)))
            {
                return i;
            }
        }

        return -1;
    }

    // The outlet the item header over the headline names first.
    private static string? OutletOnItemHeader(IReadOnlyList<SourceLine> lines, string document, int titleIndex)
    {
        var header = ItemHeaderOver(lines, document, titleIndex);
        if (header < 0)
        {
            return null;
        }

        var line = Whitespace.Trim(lines[header].Span(document));
        return line.Slice(0, OutletOpening(line)).ToString();
    }
}
