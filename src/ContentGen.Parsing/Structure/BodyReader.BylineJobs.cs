using System;
using System.Collections.Generic;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// "Por Martin Hale" / "Redactor de información municipal" / the date, "Par Jeanne Roux" / "Journaliste au service Régions",
// "di Marco Neri" / "Redattore di cronaca", "By Jane Roe" / "Reporter for the Harbour area": the writer's job on the line
// glued under the byline. Romance languages open the job on its noun and say the desk after it ("Redactor de …",
// "Correspondante à …"), where English puts the desk first ("Local democracy reporter"); either way the line names a
// newsroom's job in a few words (AuthorReader.IsRoleLine) and belongs to the byline, never a subheading of the article.
internal sealed partial class BodyReader
{
    private static bool IsJobUnderByline(List<TextBlock> blocks, int i)
    {
        if (i == 0 || i + 1 >= blocks.Count)
        {
            return false;
        }

        var block = blocks[i];
        var byline = blocks[i - 1];
        return block.LineCount == 1 && byline.Start.Line + byline.LineCount == block.Start.Line
            && byline.Facts.IsAuthorLine && !Punctuation.EndsSentence(block.Text)
            && Metadata.AuthorReader.IsRoleLine(block.Text.AsSpan());
    }
}
