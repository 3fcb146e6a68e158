using System;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

// Session 62 (pfresh): a post the article quotes by embedding it prints its date glued to the network's link ("7:48 p.m.
// · 12 okt. 2025" over "Bekijk op X", "View this post on Instagram" over "2 March 2025"). Dates under the article are read
// as items after it (readers' comments, other stories: PlanFooter), and two of them put the page's footer at the first;
// an embedded post's date is no such item, and the article's paragraphs between and under the posts were lost with it.
// A reader's comment or a teaser prints no network's link next to its date.
internal sealed partial class BodyReader
{
    /// <summary>
    /// Whether the one-line date <paramref name="block"/> has an embed's link to its network (set aside as chrome before
    /// the body is planned) on the line right over or right under it.
    /// </summary>
    /// <remarks>Asked only of a dated block under the article: one pass over the items set aside so far, each asked for its
    /// line number first, and only a neighbour's text looked up in the labels' table.</remarks>
    private bool IsEmbeddedPostDate(TextBlock block)
    {
        if (block.LineCount != 1)
        {
            return false;
        }

        var line = block.Start.Line;
        foreach (var item in _boilerplate)
        {
            if (item.Kind == BoilerplateKind.Navigation && (item.Position.Line == line - 1 || item.Position.Line == line + 1)
                && BoilerplateLines.IsEmbedLabel(item.Text.AsSpan()))
            {
                return true;
            }
        }

        return false;
    }
}
