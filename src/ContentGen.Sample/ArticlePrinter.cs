using System.Text;

namespace ContentGen.Sample;

/// <summary>Writes a generated article as readable, wrapped text.</summary>
internal static class ArticlePrinter
{
    private const int Width = 88;

    /// <summary>Writes <paramref name="article"/> to <paramref name="output"/>.</summary>
    public static void Print(Articles.Article article, TextWriter output)
    {
        var rule = new string('=', Math.Min(Width, article.Title.Length));
        output.WriteLine(article.Title);
        output.WriteLine(rule);
        output.WriteLine($"Source: {article.Source ?? "(none)"}    Type: Articles.{article.Name}");
        output.WriteLine();

        foreach (var section in article.Sections)
        {
            if (section.Heading is not null)
            {
                output.WriteLine("## " + section.Heading);
                output.WriteLine();
            }

            foreach (var paragraph in section.Paragraphs)
            {
                Wrap(paragraph, "  ", output);
                output.WriteLine();
            }
        }

        output.WriteLine($"Quotes ({article.Quotes.Count}):");
        foreach (var quote in article.Quotes)
        {
            var speaker = quote.Speaker ?? "unattributed";
            var place = quote.Place == "Body" ? "paragraph " + (quote.ParagraphIndex + 1) : quote.Place.ToLowerInvariant();
            Wrap($"“{quote.Text}” — {speaker} ({place})", "  - ", output);
        }

        output.WriteLine();
    }

    private static void Wrap(string text, string indent, TextWriter output)
    {
        var line = new StringBuilder(indent);
        var continuation = new string(' ', indent.Length);
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length + word.Length + 1 > Width && line.Length > indent.Length)
            {
                output.WriteLine(line.ToString());
                line.Clear().Append(continuation);
            }

            if (line.Length > indent.Length)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        output.WriteLine(line.ToString());
    }
}
