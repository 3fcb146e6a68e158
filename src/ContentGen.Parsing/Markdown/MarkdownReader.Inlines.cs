using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ContentGen.Parsing.Markdown;

// Markdig's inlines flattened to the text a reader sees, each character traced to its offset in
// the seed.
internal sealed partial class MarkdownReader
{
    // All the text of a block and its children, as one flat run.
    private static FlatText Leaves(Block block)
    {
        var text = new FlatText();
        if (block is LeafBlock { Inline: { } inline })
        {
            Inline(inline, text);
        }
        else if (block is LeafBlock leaf)
        {
            text.Append(leaf.Lines.ToString(), leaf.Span.Start, exact: false);
        }
        else if (block is ContainerBlock container)
        {
            foreach (var child in container)
            {
                text.Append(Leaves(child));
            }
        }

        return text;
    }

    private static FlatText Inlines(ContainerInline? inline)
    {
        var text = new FlatText();
        if (inline is not null)
        {
            Inline(inline, text);
        }

        return text;
    }

    // Emphasis, links and code spans are flattened to their text; an image to its alt text (its
    // address when it has none); an HTML tag is markup, not text.
    private static void Inline(Inline node, FlatText text)
    {
        switch (node)
        {
            case LiteralInline literal:
                var content = literal.Content.ToString();
                text.Append(content, literal.Span.Start, exact: content.Length == literal.Span.Length);
                break;
            case CodeInline code:
                text.Append(code.Content, code.Span.Start + code.DelimiterCount, exact: code.Content.Length + (2 * code.DelimiterCount) == code.Span.Length);
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url, autolink.Span.Start + 1);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.ToString(), entity.Span.Start, exact: false);
                break;
            case LineBreakInline:
                text.Space();
                break;
            case LinkInline { IsImage: true } image:
                var alt = new FlatText();
                foreach (var child in image)
                {
                    Inline(child, alt);
                }

                text.Append(alt.IsEmpty ? new FlatText().Append(image.Url ?? string.Empty, image.Span.Start, exact: false) : alt);
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Inline(child, text);
                }

                break;
        }
    }
}
