using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// A line judged alone as the page's lines are grouped is often a block of its own next, judged by the same rules and
// searched for the same phrases: what the line gave is noted by its segment (LineReadings) for that block to take.
internal sealed partial class BodyReader
{
    // The chrome a line alone is (BoilerplateLines.ClassifyLine), or null: a line in a sign-up box is navigation, and a line
    // going on from the one above is judged with its paragraph, not alone. `groups`: the groups the line may be added to next.
    private BoilerplateKind? JudgeAlone(LineGroups groups, ReadOnlySpan<char> line, bool inBox, bool goesOn)
    {
        if (inBox || goesOn)
        {
            _buffers.LineReadings.Note(groups.Gathered, noChrome: false, phrases: -1);
            return inBox ? BoilerplateKind.Navigation : null;
        }

        var kind = BoilerplateLines.ClassifyLine(line, out var phrases);
        _buffers.LineReadings.Note(groups.Gathered, noChrome: kind is null, phrases);
        return kind;
    }

    // A block of one line, over the page's segments, takes what its line gave when judged alone.
    private static void TakeLineReading(BodyBuffers buffers, TextBlock block)
    {
        if (block.LineCount == 1 && buffers.LineReadings.IsNoChrome(block.FirstSegment, out var phrases))
        {
            block.Facts.TakeLineReading(phrases);
        }
    }
}
