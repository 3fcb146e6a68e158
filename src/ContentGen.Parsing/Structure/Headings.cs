using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>
/// Tells a subheading from a paragraph: a short standalone line, unpunctuated or a short
/// question, with body text after it and no list item or other heading-shaped line just before it.
/// </summary>
internal static class Headings
{
    private const int MaxWords = 14;
    private const int MaxLength = 120;

    // "Who is affected?", "What happens next?": explainers head sections with short questions.
    private const int MaxQuestionWords = 10;

    /// <summary>Whether <paramref name="block"/> heads the text that follows it.</summary>
    /// <param name="block">The candidate.</param>
    /// <param name="next">The block after it, or <see langword="null"/> at the end.</param>
    /// <param name="previous">The body block before it, or <see langword="null"/> at the start of the body.</param>
    public static bool IsHeading(TextBlock block, TextBlock? next, TextBlock? previous)
    {
        var text = block.Text;
        if (next is null || block.LineCount != 1 || text.Length > MaxLength || block.Facts.Words > MaxWords)
        {
            return false;
        }

        if (!(char.IsUpper(text[0]) || char.IsDigit(text[0])) || (Punctuation.EndsWithClause(text) && !IsShortQuestion(text)))
        {
            return false;
        }

        // After a line that opens a list ("The full draw is:") or another short headline-shaped
        // line ("Brighton v Luton Town"), it is the next item of a list, not a heading.
        if (previous is not null && (EndsWithColon(previous.Text) || IsHeadingShaped(previous)))
        {
            return false;
        }

        // A heading announces body text, not another short line.
        return next.Text.Length > text.Length && Punctuation.EndsSentence(next.Text);
    }

    private static bool EndsWithColon(string text) => text.Length > 0 && text[text.Length - 1] == ':';

    private static bool IsHeadingShaped(TextBlock block)
    {
        var text = block.Text;
        return block.LineCount == 1 && text.Length > 0 && text.Length <= MaxLength && block.Facts.Words <= MaxWords
            && (char.IsUpper(text[0]) || char.IsDigit(text[0])) && !Punctuation.EndsWithClause(text);
    }

    private static bool IsShortQuestion(string text)
        => text[text.Length - 1] == '?' && !(text.Length > 1 && Punctuation.IsTerminal(text[text.Length - 2]))
        && text.IndexOf(',') < 0 && !Words.MoreThan(text, MaxQuestionWords);
}
