using System.Collections.Generic;
using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Metadata;

// "Words by Harriet Roe" / "Photographs by Ian Low" / "Saturday 8 March 2025", "Texto: Ana Gil" / "Fotos: Luis Mora" /
// "12/03/2026 10:41": a feature's credits stack the writer, then who took the pictures, then the date. The picture's credit
// names no writer and dates nothing; the date under it is the byline's, however far below the standfirst the stack stands.
internal static partial class PageMetadata
{
    // "Photographs by …", "Illustrations by …": a writer's credit may be followed by two others at most.
    private const int MaxCreditsBetween = 2;

    // Whether dateline `index` stands glued under the byline read on line `bylineIndex` with only picture credits between.
    private static bool IsUnderBylinePastCredits(IReadOnlyList<SourceLine> lines, string document, int index, int bylineIndex)
    {
        if (bylineIndex < 0 || index - bylineIndex < 2 || index - bylineIndex > MaxCreditsBetween + 1)
        {
            return false;
        }

        for (var i = bylineIndex + 1; i < index; i++)
        {
            if (!PhotoCredits.IsPictureCredit(Whitespace.Trim(lines[i].Span(document))))
            {
                return false;
            }
        }

        return true;
    }
}
