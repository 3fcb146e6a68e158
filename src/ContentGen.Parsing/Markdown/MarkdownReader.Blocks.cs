using System.Collections.Generic;
using System.Text;
using ContentGen.Parsing.Quotes;
using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ContentGen.Parsing.Markdown;

// Markdig's blocks walked in reading order into the body's pieces: headings, paragraphs, lists,
// tables and block quotes, with raw HTML and link definitions set aside.
internal sealed partial class MarkdownReader
{
    private void Blocks(ContainerBlock container)
    {
        foreach (var block in container)
        {
            Block(block);
        }
    }

    private void Block(Block block)
    {
        switch (block)
        {
            case HeadingBlock heading:
                AddText(PieceKind.Heading, Inlines(heading.Inline), heading.Span.Start, heading.Level);
                break;
            case ParagraphBlock paragraph:
                AddText(PieceKind.Text, Inlines(paragraph.Inline), paragraph.Span.Start);
                break;
            case QuoteBlock quote:
                BlockQuote(quote);
                break;
            case ListBlock list:
                List(list);
                break;
            case Table table:
                Table(table);
                break;
            case CodeBlock code:
                // Fenced or indented, code keeps its lines exactly; it is no prose, so no quotes are read in it.
                var lines = JoinedLines(code.Lines);
                if (lines.Trim().Length > 0)
                {
                    _pieces.Add(new Piece(PieceKind.Code, lines, code.Span.Start));
                }

                break;
            case HtmlBlock html:
                SetAside(JoinedLines(html.Lines).Trim(), html.Span.Start);
                break;
            case LinkReferenceDefinitionGroup definitions:
                foreach (var definition in definitions)
                {
                    if (definition is LinkReferenceDefinition link)
                    {
                        SetAside("[" + link.Label + "]: " + link.Url, link.Span.Start);
                    }
                }

                break;
            case ThematicBreakBlock:
                break;
            case LeafBlock leaf when leaf.Inline is not null:
                AddText(PieceKind.Text, Inlines(leaf.Inline), leaf.Span.Start);
                break;
            case LeafBlock leaf:
                var text = new FlatText().Append(JoinedLines(leaf.Lines), leaf.Span.Start, exact: false);
                AddText(PieceKind.Text, text, leaf.Span.Start);
                break;
            case ContainerBlock inner:
                Blocks(inner);
                break;
        }
    }

    // Each item is one paragraph, "• text" or "3. text", its nested lists after it.
    private void List(ListBlock list)
    {
        var number = list.IsOrdered && int.TryParse(list.OrderedStart, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var start) ? start : 1;
        foreach (var block in list)
        {
            if (block is not ListItemBlock item)
            {
                continue;
            }

            var marker = list.IsOrdered
                ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) + (list.OrderedDelimiter == ')' ? ") " : ". ")
                : "• ";
            number++;
            var text = new FlatText().Append(marker, item.Span.Start, exact: false);
            var nested = new List<ListBlock>();
            foreach (var child in item)
            {
                if (child is ListBlock sub)
                {
                    nested.Add(sub);
                }
                else
                {
                    text.Append(Leaves(child));
                }
            }

            AddText(PieceKind.Text, text, item.Span.Start);
            foreach (var sub in nested)
            {
                List(sub);
            }
        }
    }

    // Each row is one paragraph: its cells' text joined by " | ".
    private void Table(Table table)
    {
        foreach (var block in table)
        {
            if (block is not TableRow row)
            {
                continue;
            }

            var text = new FlatText();
            var firstCell = true;
            foreach (var cell in row)
            {
                if (!firstCell)
                {
                    text.Append(" | ", cell.Span.Start, exact: false);
                }

                firstCell = false;
                text.Append(Leaves(cell));
            }

            AddText(PieceKind.Text, text, row.Span.Start);
        }
    }

    // A block quote is one paragraph and one quote. A closing line "— Name" or "-- Name" names the
    // speaker; quotation marks around the whole quote are not part of its text.
    private void BlockQuote(QuoteBlock quote)
    {
        var lines = new List<FlatText>();
        CollectLines(quote, lines);
        string? speaker = null;
        if (lines.Count > 1 && Attribution(lines[lines.Count - 1].ToString()) is { } name)
        {
            speaker = name;
            lines.RemoveAt(lines.Count - 1);
        }

        var text = new FlatText();
        foreach (var line in lines)
        {
            text.Append(line);
        }

        if (text.IsEmpty)
        {
            return;
        }

        var paragraph = text.ToString();
        _pieces.Add(new Piece(PieceKind.Quote, paragraph, quote.Span.Start) { QuoteText = Unquoted(paragraph), Speaker = speaker });
    }

    // The lines of every paragraph in the quote, split where the source breaks them.
    private static void CollectLines(ContainerBlock container, List<FlatText> lines)
    {
        foreach (var block in container)
        {
            if (block is LeafBlock { Inline: { } inline })
            {
                var line = new FlatText();
                foreach (var node in inline)
                {
                    if (node is LineBreakInline)
                    {
                        lines.Add(line);
                        line = new FlatText();
                    }
                    else
                    {
                        Inline(node, line);
                    }
                }

                lines.Add(line);
            }
            else if (block is LeafBlock leaf)
            {
                lines.Add(new FlatText().Append(JoinedLines(leaf.Lines), leaf.Span.Start, exact: false));
            }
            else if (block is ContainerBlock inner)
            {
                CollectLines(inner, lines);
            }
        }

        lines.RemoveAll(line => line.IsEmpty);
    }

    private static string? Attribution(string line)
    {
        var start = line.StartsWith("—", System.StringComparison.Ordinal) || line.StartsWith("―", System.StringComparison.Ordinal) ? 1
            : line.StartsWith("--", System.StringComparison.Ordinal) ? 2
            : -1;
        if (start < 0)
        {
            return null;
        }

        var name = line.Substring(start).TrimStart('-', '—', ' ').Trim();
        return name.Length > 0 ? name : null;
    }

    private static string Unquoted(string text)
    {
        if (text.Length >= 2 && QuoteMarks.Pairs(text[0], text[text.Length - 1]))
        {
            var inner = text.Substring(1, text.Length - 2).Trim();
            if (inner.Length > 0)
            {
                return inner;
            }
        }

        return text;
    }

    // A block's lines as the source breaks them, joined with LF whatever the seed's line endings
    // (Markdig keeps each line's own): a seed checked out on Windows reads as it does elsewhere.
    private static string JoinedLines(StringLineGroup group)
    {
        var joined = new StringBuilder();
        for (var i = 0; i < group.Count; i++)
        {
            if (i > 0)
            {
                joined.Append('\n');
            }

            joined.Append(group.Lines[i].Slice.ToString());
        }

        return joined.ToString();
    }
}
