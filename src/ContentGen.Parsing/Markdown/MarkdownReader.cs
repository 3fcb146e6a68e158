using System;
using System.Collections.Generic;
using ContentGen.Parsing.Seeds;
using ContentGen.Parsing.Structure;
using Markdig;
using Markdig.Syntax;

namespace ContentGen.Parsing.Markdown;

/// <summary>
/// Reads a Markdown seed with Markdig into the same article shape as a text seed. Headings start
/// sections; the first <c>#</c> heading is the title unless the front matter sets one; paragraphs,
/// list items and table rows are plain text; block quotes are quotes, with a closing
/// <c>— Name</c> line as the speaker; code blocks keep their lines; raw HTML and link definitions
/// are kept as boilerplate. The quotes inside paragraphs go through the text seeds' quote reader.
/// </summary>
internal sealed partial class MarkdownReader
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
    /// <param name="frontMatterTitle">The title the front matter sets, so that no heading is taken for it; null when it sets none.</param>
    /// <param name="language">The language the front matter gives, or null to read it from the paragraphs, as a text seed's is.</param>
    /// <returns>The article, or <see langword="null"/> when the text nests deeper than <see cref="MaxNesting"/>.</returns>
    public static Article? TryRead(string text, PositionMap positions, string? frontMatterTitle, string? language)
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
        var hasTitle = frontMatterTitle is not null;
        if (hasTitle)
        {
            reader.SetAsideRepeatedTitle(frontMatterTitle!);
        }

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
        ContentGen.Parsing.Quotes.QuoteReader.RenumberInner(quotes);
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

    // Sites write the title in the front matter and again as the page's first heading: that heading is
    // the headline the front matter's title stands for, set aside (never lost), not a section.
    private void SetAsideRepeatedTitle(string frontMatterTitle)
    {
        if (_pieces.Count > 0 && _pieces[0] is { Kind: PieceKind.Heading, Level: 1 } first
            && string.Equals(first.Text.Trim(), frontMatterTitle.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            _pieces.RemoveAt(0);
            _boilerplate.Add(new Boilerplate(first.Text, BoilerplateKind.Headline, _positions.At(first.Offset)));
        }
    }

    private static void AddSection(List<Section> sections, string? heading, TextPosition position, int first, int end)
    {
        if (end > first || heading is not null)
        {
            sections.Add(new Section(heading, position, first, end - first));
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
