using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// A bulletin's notice ends on its sender's sign-off, glued under its last sentence and parted from what follows by a blank
// line ("… im Rathaus entgegen." / "Ihr Bürgerbüro", "… by Friday." / "Your parish council"). A printed page that opens on
// the tail of a notice begun on the page before has that sign-off as its first short line: it signs the notice above it
// and heads nothing.
internal static partial class TitleFinder
{
    // A sender's sign-off names an office or a council in a few words ("A Junta de Freguesia"); a headline runs longer.
    private const int MaxSignOffWords = 4;

    /// <summary>
    /// Whether block <paramref name="i"/> is a short line glued under a paragraph's last sentence with nothing glued under
    /// it: a notice's sign-off, no headline. A headline glued under a paragraph, as a page printed with no blank line
    /// prints it, has its own text glued under it in turn.
    /// </summary>
    /// <remarks>
    /// Read from the blocks alone (their lines and their facts), so it costs a few comparisons per candidate. A line set
    /// aside under the sign-off leaves it with nothing glued under it among the blocks: what was set aside is no text.
    /// </remarks>
    private static bool IsSignOffUnderNotice(IReadOnlyList<TextBlock> blocks, int i)
        => i > 0 && blocks[i].LineCount == 1 && blocks[i].Facts.Words <= MaxSignOffWords
            && Glued(blocks[i - 1], blocks[i]) && (i + 1 == blocks.Count || !Glued(blocks[i], blocks[i + 1]))
            && LooseProse.IsProse(blocks[i - 1].Facts) && BlockQuality.EndsLikeSentence(blocks[i - 1].Text.AsSpan());
}
