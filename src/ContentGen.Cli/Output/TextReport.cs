using System.Globalization;
using ContentGen.Cli.Generation;
using ContentGen.Parsing;

namespace ContentGen.Cli.Output;

/// <summary>
/// Writes <c>inspect</c> for people: each file with its type name, title, source, and the
/// headings, paragraphs and quotes under the member names the generated class gives them
/// (<c>Heading1</c>, <c>Paragraph1</c>, <c>Quote1</c>), then boilerplate and diagnostics.
/// </summary>
internal static class TextReport
{
    // Long paragraphs are cut so that one screen shows a whole article; --json has the full text.
    private const int MaxTextLength = 100;

    /// <summary>Writes the report for <paramref name="seeds"/> to <paramref name="output"/>.</summary>
    public static void Write(IEnumerable<SeedReport> seeds, TextWriter output)
    {
        var first = true;
        foreach (var seed in seeds)
        {
            if (!first)
            {
                output.Write('\n');
            }

            first = false;
            WriteSeed(seed, output);
        }
    }

    private static void WriteSeed(SeedReport seed, TextWriter output)
    {
        Line(output, seed.Path);
        Field(output, "type", seed.TypeName ?? "(none: nothing is generated for this file)");
        var article = seed.Article;
        if (article is not null)
        {
            Field(output, "title", article.Title);
            Field(output, "source", article.Source ?? "(none)");
            OptionalField(output, "author", article.Author);
            OptionalField(output, "published", article.Published);
            OptionalField(output, "language", article.Language);

            var headings = article.Sections.Where(s => s.Heading is not null).Select(s => s.Heading!).ToArray();
            Field(output, "headings", Count(headings.Length));
            for (var i = 0; i < headings.Length; i++)
            {
                Item(output, "Heading" + Number(i + 1), headings[i]);
            }

            Field(output, "paragraphs", Count(article.Paragraphs.Count));
            for (var i = 0; i < article.Paragraphs.Count; i++)
            {
                Item(output, "Paragraph" + Number(i + 1), article.Paragraphs[i].Text);
            }

            Field(output, "quotes", Count(article.Quotes.Count));
            for (var i = 0; i < article.Quotes.Count; i++)
            {
                var quote = article.Quotes[i];
                var by = (quote.Speaker ?? "no speaker") + quote.Place switch
                {
                    QuotePlace.Title => ", in the title",
                    QuotePlace.Heading => ", in a heading",
                    _ => ", in Paragraph" + Number(quote.Paragraph + 1),
                };
                Item(output, "Quote" + Number(i + 1), "\"" + Shorten(quote.Text) + "\" (" + by + ")", shorten: false);
            }

            Field(output, "boilerplate", Count(article.Boilerplate.Count));
            foreach (var boilerplate in article.Boilerplate)
            {
                Item(output, boilerplate.Kind.ToString(), boilerplate.Text);
            }
        }

        if (article is { FrontMatter.Entries.IsEmpty: false })
        {
            Field(output, "frontmatter", Count(article.FrontMatter.Entries.Count));
            FrontMatter(output, article.FrontMatter.Entries, "    ");
        }

        Field(output, "diagnostics", Count(seed.Diagnostics.Count));
        foreach (var diagnostic in seed.Diagnostics)
        {
            var (line, column) = DiagnosticFormat.Start(diagnostic);
            var where = string.Create(CultureInfo.InvariantCulture, $"({line},{column})");
            Line(output, "    " + where + " " + DiagnosticFormat.Severity(diagnostic) + " " + diagnostic.Id + ": " + DiagnosticFormat.Message(diagnostic));
        }
    }

    private static void Field(TextWriter output, string name, string value) => Line(output, "  " + name.PadRight(12) + value);

    // Shown only when the front matter sets it, so that the report of a plain seed is as before.
    private static void OptionalField(TextWriter output, string name, string? value)
    {
        if (value is not null)
        {
            Field(output, name, value);
        }
    }

    // Each key with its value, lists as "[a, b]", maps as their keys indented below.
    private static void FrontMatter(TextWriter output, EquatableArray<FrontMatterEntry> entries, string indent)
    {
        foreach (var entry in entries)
        {
            var value = entry.Value;
            var shown = value.Kind switch
            {
                FrontMatterKind.Map => string.Empty,
                FrontMatterKind.List => "[" + string.Join(", ", value.Items.Select(item => item.Text)) + "]",
                _ => value.Text,
            };
            Line(output, (indent + (entry.Key + " ").PadRight(12) + Shorten(shown)).TrimEnd());
            if (value.Kind == FrontMatterKind.Map)
            {
                FrontMatter(output, value.Entries, indent + "  ");
            }
        }
    }

    private static void Item(TextWriter output, string name, string text, bool shorten = true)
        => Line(output, "    " + name.PadRight(12) + (shorten ? Shorten(text) : text));

    private static string Count(int count) => count == 0 ? "none" : Number(count);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string text)
    {
        if (text.Length <= MaxTextLength)
        {
            return text;
        }

        // Never cut a surrogate pair in half.
        var length = char.IsHighSurrogate(text[MaxTextLength - 1]) ? MaxTextLength - 1 : MaxTextLength;
        return text.Substring(0, length) + "…";
    }

    private static void Line(TextWriter output, string text)
    {
        output.Write(text);
        output.Write('\n');
    }
}
