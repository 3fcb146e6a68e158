using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// "Die Autorin" / "Chiara Folcarelli ist Redakteurin. …", "The author" / "Jane Roe covers …", "El autor" / "Luis Mora es
// redactor …": an author box's label glued over the writer's note under the article. Once the note is set aside as the
// byline's (SetAsideWritersNote), the label over it is the box's too, in every language; Italian's "L'autrice" was set
// aside already as the end of the article, German's "Die Autorin" stayed a paragraph.
internal sealed partial class BodyReader
{
    private void SetAsideBoxLabelOver(TextBlock note)
    {
        if (Blocks.Count <= MinArticleBlocks)
        {
            return;
        }

        var label = Blocks[Blocks.Count - 1];
        if (label.LineCount == 1 && label.Start.Line + 1 == note.Start.Line
            && LexiconTables.AuthorBoxLabels.Contains(Whitespace.Trim(label.Text.AsSpan()).TrimEnd(':').TrimEnd()))
        {
            Blocks.RemoveAt(Blocks.Count - 1);
            SetAside(label, BoilerplateKind.Byline);
        }
    }
}
