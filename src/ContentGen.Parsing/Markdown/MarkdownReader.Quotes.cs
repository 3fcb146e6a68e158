using System.Collections.Generic;
using ContentGen.Parsing.Quotes;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Markdown;

// The quotes of a Markdown seed: read by the text seeds' quote readers over one-line blocks, and
// traced back to the seed.
internal sealed partial class MarkdownReader
{
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
}
