using System;
using System.Collections.Generic;
using System.Text;
using ContentGen.Parsing.Quotes;
using ContentGen.Parsing.Seeds;
using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ContentGen.Parsing.Markdown;

/// <summary>
/// Reads a Markdown seed with Markdig into the same article shape as a text seed. Headings start
/// sections; the first <c>#</c> heading is the title unless the front matter sets one; paragraphs,
/// list items and table rows are plain text; block quotes are quotes, with a closing
/// <c>— Name</c> line as the speaker; code blocks keep their lines; raw HTML and link definitions
/// are kept as boilerplate. The quotes inside paragraphs go through the text seeds' quote reader.
/// </summary>
internal sealed class MarkdownReader
{
    /// <summary>
    /// How deep block quotes, lists, links and emphasis may nest. Deeper nesting is no article; the limit
    /// keeps parsing, reading and rendering off the stack's edge.
    /// </summary>
    public const int MaxNesting = 64;

    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder { MaximumNestingDepth = MaxNesting }
        .UsePipeTables()
        .UsePreciseSourceLocation()
        .Build();

    private readonly List<Piece> _pieces = new();
    private readonly List<Boilerplate> _boilerplate = new();
    private readonly PositionMap _positions;

    private MarkdownReader(PositionMap positions) => _positions = positions;

    /// <summary>Reads <paramref name="text"/>, whose front matter is already blanked out.</summary>
    /// <param name="text">The seed's text.</param>
    /// <param name="positions">Lines and columns of the seed.</param>
    /// <param name="hasTitle">Whether the front matter sets the title, so that no heading is taken for it.</param>
    /// <param name="language">The language the front matter gives, or null to read it from the paragraphs, as a text seed's is.</param>
    /// <returns>The article, or <see langword="null"/> when the text nests deeper than <see cref="MaxNesting"/>.</returns>
    public static Article? TryRead(string text, PositionMap positions, bool hasTitle, string? language)
    {
        MarkdownDocument document;
        string html;
        try
        {
            document = Markdig.Markdown.Parse(text, s_pipeline);
            html = Markdig.Markdown.ToHtml(document, s_pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's answer to nesting past the pipeline's MaximumNestingDepth.
            return null;
        }

        var reader = new MarkdownReader(positions);
        reader.Blocks(document);

        var problems = new List<Problem>();
        var (title, titleOffset, titlePiece) = hasTitle ? (string.Empty, 0, null) : reader.TakeTitle();
        if (!hasTitle && title.Length == 0)
        {
            var kind = reader._boilerplate.Count > 0 ? ProblemKind.OnlyBoilerplate : ProblemKind.Empty;
            problems.Add(new Problem(kind, string.Empty, TextPosition.Start, 0));
        }

        var sections = new List<Section>();
        var paragraphs = new List<Paragraph>();
        var quotes = new List<Quote>();
        var read = new List<Piece>();
        var readIndex = new List<int>();
        string? heading = null;
        var headingOffset = reader._pieces.Count > 0 ? reader._pieces[0].Offset : 0;
        var first = 0;

        // The title's and the headings' own quotes are the article's too (QuotePlace).
        var outside = new List<(Piece Piece, QuotePlace Place, int Paragraph)>();
        if (titlePiece is not null)
        {
            outside.Add((titlePiece, QuotePlace.Title, -1));
        }

        foreach (var piece in reader._pieces)
        {
            if (piece.Kind == PieceKind.Heading)
            {
                outside.Add((piece, QuotePlace.Heading, paragraphs.Count));
                AddSection(sections, heading, positions.At(headingOffset), first, paragraphs.Count);
                (heading, headingOffset, first) = (piece.Text, piece.Offset, paragraphs.Count);
                continue;
            }

            if (piece.Kind == PieceKind.Quote)
            {
                // A dash line names a person, as Speaker.Of takes it.
                quotes.Add(new Quote(piece.QuoteText!, piece.Speaker, paragraphs.Count, positions.At(piece.Offset))
                {
                    SpeakerKind = piece.Speaker is null ? null : SpeakerKind.Person,
                });
            }
            else if (piece.Kind == PieceKind.Text)
            {
                read.Add(piece);
                readIndex.Add(paragraphs.Count);
            }

            paragraphs.Add(new Paragraph(piece.Text, positions.At(piece.Offset)));
        }

        AddSection(sections, heading, positions.At(headingOffset), first, paragraphs.Count);
        var blocks = TextBlocks(read);
        language ??= LanguageGuesser.GuessDocument(blocks, blocks.Count);
        quotes.AddRange(reader.InlineQuotes(read, readIndex, blocks, problems, language, title));
        quotes.AddRange(reader.OutsideQuotes(outside, quotes, blocks, title, problems));
        quotes.Sort((a, b) => a.Position.Offset.CompareTo(b.Position.Offset));
        reader._boilerplate.Sort((a, b) => a.Position.Offset.CompareTo(b.Position.Offset));

        return new Article(
            title,
            null,
            positions.At(titleOffset),
            EquatableArray.From(sections),
            EquatableArray.From(paragraphs),
            EquatableArray.From(quotes),
            EquatableArray.From(reader._boilerplate),
            EquatableArray.From(problems))
        {
            Html = html,
            Language = language,
        };
    }

    // The first level-1 heading; without one, the first heading or paragraph, as a text seed's first line.
    private (string Title, int Offset, Piece? Piece) TakeTitle()
    {
        var index = _pieces.FindIndex(p => p.Kind == PieceKind.Heading && p.Level == 1);
        if (index < 0)
        {
            index = _pieces.FindIndex(p => p.Kind is PieceKind.Heading or PieceKind.Text);
        }

        if (index < 0)
        {
            return (string.Empty, 0, null);
        }

        var title = _pieces[index];
        _pieces.RemoveAt(index);
        return (title.Text, title.Offset, title);
    }

    // The title's and headings' quotes, each line read on its own as a one-line block (see
    // InlineQuotes), traced back to the seed.
    private List<Quote> OutsideQuotes(List<(Piece Piece, QuotePlace Place, int Paragraph)> outside, List<Quote> body, List<TextBlock> paragraphs, string title, List<Problem> problems)
    {
        if (outside.Count == 0)
        {
            return new List<Quote>();
        }

        var pieces = new List<Piece>(outside.Count);
        var lines = new List<(TextBlock Line, QuotePlace Place, int Paragraph)>(outside.Count);
        for (var i = 0; i < outside.Count; i++)
        {
            var piece = outside[i].Piece;
            pieces.Add(piece);
            lines.Add((new TextBlock(new[] { new LineSegment(new SourceLine(0, piece.Text.Length, i + 1), piece.Text) }), outside[i].Place, outside[i].Paragraph));
        }

        var found = new List<Problem>();
        var quotes = Quotes.OutsideQuotes.Read(lines, body, paragraphs, title, found);
        for (var q = 0; q < quotes.Count; q++)
        {
            quotes[q] = quotes[q] with { Position = Trace(pieces, quotes[q].Position) };
        }

        foreach (var problem in found)
        {
            problems.Add(problem with { Position = Trace(pieces, problem.Position) });
        }

        return quotes;
    }

    // The quote reader works on text blocks. Each paragraph is handed over as a one-line block whose
    // line number is its index and whose offsets are indexes into its flat text, so that what the
    // reader finds can be traced back through the flat text to the seed.
    private static List<TextBlock> TextBlocks(List<Piece> pieces)
    {
        var blocks = new List<TextBlock>(pieces.Count);
        for (var i = 0; i < pieces.Count; i++)
        {
            blocks.Add(new TextBlock(new[] { new LineSegment(new SourceLine(0, pieces[i].Text.Length, i + 1), pieces[i].Text) }));
        }

        return blocks;
    }

    // The paragraphs' quotes, read in the article's language with its title as the headline, as a text seed's are.
    private List<Quote> InlineQuotes(List<Piece> pieces, List<int> paragraphIndex, List<TextBlock> blocks, List<Problem> problems, string? language, string title)
    {
        var found = new List<Problem>();
        var quotes = QuoteReader.Read(blocks, found, language, title);
        var result = new List<Quote>(quotes.Count);
        foreach (var quote in quotes)
        {
            result.Add(quote with { Paragraph = paragraphIndex[quote.Paragraph], Position = Trace(pieces, quote.Position) });
        }

        foreach (var problem in found)
        {
            problems.Add(problem with { Position = Trace(pieces, problem.Position) });
        }

        return result;
    }

    private TextPosition Trace(List<Piece> pieces, TextPosition inBlock)
    {
        var piece = pieces[inBlock.Line - 1];
        return _positions.At(piece.Map!.OffsetAt(inBlock.Offset));
    }

    private static void AddSection(List<Section> sections, string? heading, TextPosition position, int first, int end)
    {
        if (end > first || heading is not null)
        {
            sections.Add(new Section(heading, position, first, end - first));
        }
    }

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
                var lines = code.Lines.ToString();
                if (lines.Trim().Length > 0)
                {
                    _pieces.Add(new Piece(PieceKind.Code, lines, code.Span.Start));
                }

                break;
            case HtmlBlock html:
                SetAside(html.Lines.ToString().Trim(), html.Span.Start);
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
                var text = new FlatText().Append(leaf.Lines.ToString(), leaf.Span.Start, exact: false);
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
                lines.Add(new FlatText().Append(leaf.Lines.ToString(), leaf.Span.Start, exact: false));
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

    private void AddText(PieceKind kind, FlatText text, int offset, int level = 0)
    {
        if (!text.IsEmpty)
        {
            _pieces.Add(new Piece(kind, text.ToString(), text.OffsetAt(0)) { Map = text, Level = level });
        }
    }

    private void SetAside(string text, int offset)
    {
        if (text.Length > 0)
        {
            _boilerplate.Add(new Boilerplate(text, BoilerplateKind.Markup, _positions.At(offset)));
        }
    }

    private enum PieceKind
    {
        Heading,
        Text,
        Quote,
        Code,
    }

    // One block of the body, in reading order.
    private sealed class Piece(PieceKind kind, string text, int offset)
    {
        public PieceKind Kind { get; } = kind;

        public string Text { get; } = text;

        public int Offset { get; } = offset;

        public int Level { get; init; }

        public FlatText? Map { get; init; }

        public string? QuoteText { get; init; }

        public string? Speaker { get; init; }
    }
}
