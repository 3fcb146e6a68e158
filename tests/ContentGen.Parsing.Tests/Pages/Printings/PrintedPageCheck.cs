namespace ContentGen.Parsing.Tests.Pages.Printings;

/// <summary>
/// What must hold however a page is printed: reading it does not throw, its title is the one its editor gave, every body
/// unit's text is kept in the paragraphs and every heading's text in the headings or the paragraphs (kept is kept).
/// </summary>
internal static class PrintedPageCheck
{
    /// <summary>The broken promises, as "what: unit text" lines; empty when all hold.</summary>
    public static List<string> Failures(TuningPage page, string printed)
    {
        var failures = new List<string>();
        Article article;
        try
        {
            article = ArticleParser.Parse(printed);
        }
        catch (Exception exception)
        {
            failures.Add("threw: " + exception.GetType().Name);
            return failures;
        }

        if (Squeeze(article.Title) != Squeeze(page.Title))
        {
            failures.Add($"title: read \"{article.Title}\"");
        }

        var paragraphs = " " + Squeeze(string.Join(" ", article.Paragraphs.Select(p => p.Text))) + " ";
        var headings = " " + Squeeze(string.Join(" ", article.Sections.Select(s => s.Heading).OfType<string>())) + " ";
        foreach (var unit in page.Units)
        {
            var text = " " + Squeeze(unit.Text) + " ";
            if (unit.Label == "body" && !paragraphs.Contains(text, StringComparison.Ordinal))
            {
                failures.Add("body lost: " + Where(article, unit.Text));
            }
            else if (unit.Label == "heading" && !headings.Contains(text, StringComparison.Ordinal) && !paragraphs.Contains(text, StringComparison.Ordinal))
            {
                failures.Add("heading lost: " + Where(article, unit.Text));
            }
        }

        return failures;
    }

    // White space of any kind as one space, as the reader joins lines.
    private static string Squeeze(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Where(Article article, string text)
    {
        var head = Squeeze(text);
        head = head.Length > 40 ? head[..40] : head;
        var boilerplate = article.Boilerplate.FirstOrDefault(b => Squeeze(b.Text).Contains(head, StringComparison.Ordinal));
        var where = boilerplate is not null ? "as " + boilerplate.Kind
            : article.Sections.Any(s => s.Heading is { } h && Squeeze(h).Contains(head, StringComparison.Ordinal)) ? "as heading"
            : Squeeze(article.Title).Contains(head, StringComparison.Ordinal) ? "in title"
            : "cut";
        return $"{where}: {head}";
    }
}
