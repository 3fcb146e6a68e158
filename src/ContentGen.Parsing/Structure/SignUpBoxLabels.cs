using System;
using ContentGen.Parsing.Lexicons;
using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// A sign-up box's label inside the article ("Newsletter The Valley Courier" over "Every Friday, the best of the week in
/// your inbox." and "Your email   Subscribe"): an end signal by its words (Terminators), but a box a page drops between
/// two sections of the article. On a page printed with blank lines the box is one block and reads as chrome; on a page
/// printed a paragraph a line with no blank lines its label is a block of its own, and read as the article's end it set
/// every paragraph under it aside as the page's trailer. ProseRuns.ArticleEnd takes such a label as an insert when what
/// follows it is a section of the article (two paragraphs in a row, its own subject); the walk then reads it as chrome.
/// </summary>
internal static class SignUpBoxLabels
{
    // A label names the box and the site or the letter: a few words, no sentence.
    private const int MaxLabelWords = 5;

    public static bool IsLabel(TextBlock block)
    {
        var facts = block.Facts;
        return block.LineCount == 1 && facts.IsTerminator && facts.Words <= MaxLabelWords && !Punctuation.EndsSentence(block.Text.AsSpan())
            && LexiconTables.SignUpPhrases.StartsAny(block.Text.AsSpan());
    }
}
