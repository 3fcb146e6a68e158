using ContentGen.Parsing;

namespace ContentGen.Cli.Report;

/// <summary>
/// Finds the stretch of the file each quote covers. The model keeps where the opening mark stands
/// and the words inside the marks with line breaks joined by single spaces, so the words are
/// followed through the file from the mark, any run of white space matching any other.
/// </summary>
internal static class QuoteSpans
{
    // Marks that can close a quote, as the reader's quote styles pair them.
    private const string ClosingMarks = "\"'”’»›「」『』“‘";

    /// <summary>Places every quote of <paramref name="article"/> in <paramref name="text"/>.</summary>
    public static PlacedQuote[] Of(Article article, string text)
    {
        var placed = new PlacedQuote[article.Quotes.Count];
        for (var i = 0; i < placed.Length; i++)
        {
            var quote = article.Quotes[i];
            var start = Math.Clamp(quote.Position.Offset, 0, text.Length);
            placed[i] = new PlacedQuote(i + 1, start, End(quote.Text, text, start), quote.Speaker);
        }

        return placed;
    }

    /// <summary>
    /// Where the quote that opens at <paramref name="start"/> with the words <paramref name="words"/>
    /// ends: past its closing mark, or past the last word found when the file parts from the words
    /// (a quote that runs over paragraphs repeats its opening mark, which the joined words lack).
    /// </summary>
    public static int End(string words, string text, int start)
    {
        var at = SkipSpace(text, Math.Min(start + 1, text.Length));
        var matched = at;
        var w = 0;
        for (; w < words.Length && at < text.Length; w++)
        {
            if (char.IsWhiteSpace(words[w]))
            {
                if (!char.IsWhiteSpace(text[at]))
                {
                    break;
                }

                at = SkipSpace(text, at);
                continue;
            }

            if (text[at] != words[w])
            {
                break;
            }

            at++;
            matched = at;
        }

        // Only a quote whose words were all found ends at a mark; otherwise the next mark is
        // the one that reopens it in the next paragraph.
        var close = SkipSpace(text, matched);

        // The model leaves out the comma English puts before an attribution ("far apart," said Roe).
        while (w == words.Length && close < text.Length && text[close] == ',')
        {
            close = SkipSpace(text, close + 1);
        }

        return w == words.Length && close < text.Length && ClosingMarks.Contains(text[close], StringComparison.Ordinal)
            ? close + 1
            : Math.Max(matched, Math.Min(start + 1, text.Length));
    }

    private static int SkipSpace(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }
}
