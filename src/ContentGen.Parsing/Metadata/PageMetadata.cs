using System;
using System.Collections.Generic;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Structure;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Metadata;

/// <summary>
/// Finds an article's author and publication date in the lines around its body: the byline and
/// dateline under the headline, or an author line or stamp at the article's end. Body paragraphs
/// are never read for them ("By the end of 12 March 2024…" is prose), nor the lists of teasers far
/// below the article, whose dates and bylines are other articles'.
/// </summary>
internal static class PageMetadata
{
    // How far above the headline a dateline may stand ("Publié le …" over the title).
    private const int ReachAbove = 5;

    // How far below the last body line an author box or a closing stamp may stand.
    private const int ReachBelow = 10;

    // Lines longer than this are prose, whatever dates they hold; a dateline prefix allows more.
    private const int MaxDatelineWords = 16;
    private const int MaxStampWords = 24;

    /// <summary>The author and ISO 8601 date the page gives, each <see langword="null"/> when it gives none.</summary>
    public static (string? Author, string? Published) Read(IReadOnlyList<SourceLine> lines, string document, TextBlock title, IReadOnlyList<TextBlock> body)
    {
        var titleLine = title.Start.Line;
        var lastBodyLine = body.Count > 0 ? body[body.Count - 1].Start.Line + body[body.Count - 1].LineCount - 1 : titleLine;
        string? author = null;
        string? published = null;
        var block = 0;

        // Lines are numbered from 1; the list index is one less.
        for (var i = titleLine; i < lines.Count && lines[i].Number <= lastBodyLine + ReachBelow && (author is null || published is null); i++)
        {
            var number = lines[i].Number;
            while (block < body.Count && body[block].Start.Line + body[block].LineCount - 1 < number)
            {
                block++;
            }

            if (block < body.Count && body[block].Start.Line <= number)
            {
                continue;
            }

            var hadDate = published is not null;
            Read(lines[i].Span(document), ref author, ref published);

            // A name alone on its line beside the dateline signs the article: "Julien Martin" over "Publié le …".
            if (author is null && !hadDate && published is not null)
            {
                author = BareName(lines, document, i - 1) ?? BareName(lines, document, i + 1);
            }
        }

        for (var i = titleLine - 2; i >= 0 && i >= titleLine - 1 - ReachAbove && published is null; i--)
        {
            // Above the headline only the date is read: bylines there sign the teasers of other articles.
            string? none = string.Empty;
            Read(lines[i].Span(document), ref none, ref published);
        }

        return (author, published);
    }

    private static string? BareName(IReadOnlyList<SourceLine> lines, string document, int index)
        => index >= 0 && index < lines.Count ? AuthorReader.ReadBareName(Trim(lines[index].Span(document))) : null;

    private static void Read(ReadOnlySpan<char> line, ref string? author, ref string? published)
    {
        line = Trim(line);
        if (line.Length == 0)
        {
            return;
        }

        if (author is null)
        {
            author = AuthorReader.Read(line);
        }

        if (published is null && IsDatelineShaped(line))
        {
            published = DateReader.Read(line);
        }
    }

    // A stamp ("Publié le 12/03/2024 à 18h05 Mis à jour le …") or a short line that is no sentence.
    private static bool IsDatelineShaped(ReadOnlySpan<char> line)
    {
        if (LexiconTables.DatelinePrefixes.StartsAny(line) || LexiconTables.BylinePrefixes.StartsAny(line))
        {
            return Words.Count(line, MaxStampWords) <= MaxStampWords;
        }

        return Words.Count(line, MaxDatelineWords) <= MaxDatelineWords && !Punctuation.IsTerminal(line[line.Length - 1]);
    }

    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> line)
    {
        var start = 0;
        while (start < line.Length && Whitespace.IsSpace(line[start]))
        {
            start++;
        }

        var end = line.Length;
        while (end > start && Whitespace.IsSpace(line[end - 1]))
        {
            end--;
        }

        return line.Slice(start, end - start);
    }
}
