using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Structure;

/// <summary>Tells a subheading from a paragraph: a short standalone line, unpunctuated, with body text after it.</summary>
internal static class Headings
{
    private const int MaxWords = 14;
    private const int MaxLength = 120;

    /// <summary>Whether <paramref name="block"/> heads the text that follows it.</summary>
    public static bool IsHeading(TextBlock block, TextBlock? next)
    {
        var text = block.Text;
        if (next is null || block.LineCount != 1 || text.Length > MaxLength || Words.Count(text) > MaxWords)
        {
            return false;
        }

        if (!(char.IsUpper(text[0]) || char.IsDigit(text[0])) || Punctuation.EndsWithClause(text))
        {
            return false;
        }

        // A heading announces body text, not another short line.
        return next.Text.Length > text.Length && Punctuation.EndsSentence(next.Text);
    }
}
