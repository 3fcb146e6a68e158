using System;
using System.Collections.Generic;
using System.Text;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A rule that reads the line under a box ("Das könnte Sie auch interessieren" over two headlines: does the article go on
/// under them?) reads a paragraph on a page printed a paragraph a line, but only the paragraph's first line on a page a dump
/// wrapped at 60 to 80 columns: "Die Umleitung bleibt ausgeschildert. Der" has the words of no paragraph. The paragraph's
/// opening is its lines up to the first that ends a sentence, read as one: the same words at any width. Only a line as
/// long as a dump's narrowest width and stopping mid-sentence was cut by one; a short line ("4 réflexions" over the
/// comments) is read alone, as it was.
/// </summary>
internal static class WrappedParagraphs
{
    // A paragraph's first sentence ends within a few lines; past them a group with no stop is no paragraph.
    private const int MaxOpeningLines = 4;

    /// <summary>
    /// The opening of the paragraph whose first line is <paramref name="lines"/>[<paramref name="first"/>]: when a width cut
    /// that line, its lines up to the first that ends a sentence or the last before a blank line, at most
    /// <see cref="MaxOpeningLines"/>, joined by spaces; else the line alone.
    /// </summary>
    public static string Opening(IReadOnlyList<SourceLine> lines, string document, int first)
    {
        var firstLine = lines[first].Span(document).Trim();
        if (firstLine.Length < BlockSplitter.MinWrapWidth || firstLine.Length > BlockSplitter.MaxWrapWidth || Punctuation.EndsSentence(firstLine))
        {
            return firstLine.ToString();
        }

        var text = new StringBuilder();
        for (var i = first; i < lines.Count && i < first + MaxOpeningLines && !lines[i].IsBlank(document); i++)
        {
            var line = lines[i].Span(document).Trim();
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(line.ToString());
            if (Punctuation.EndsSentence(line))
            {
                break;
            }
        }

        return text.ToString();
    }
}
