using System.Globalization;
using ContentGen.Parsing;

namespace ContentGen.Cli.Report;

/// <summary>
/// Gives every line of a file its fate from the article model alone. Each element of the model
/// (title, heading, paragraph, boilerplate) records where it starts; the reader builds every
/// element from consecutive non-blank lines, so an element runs from its start line until a blank
/// line or the next element's start. A paragraph that keeps its line breaks (a Markdown code
/// block) runs on over blank lines through as many lines as its text holds.
/// </summary>
internal static class LineFates
{
    /// <summary>The fate of each of <paramref name="lines"/>, in order.</summary>
    /// <param name="lines">The file's lines.</param>
    /// <param name="article">What the generator read, or <see langword="null"/> when it read nothing.</param>
    /// <param name="fieldLines">Lines that hold a value of the model other than the elements (by line number), labelled with its name.</param>
    public static LineFate[] Of(IReadOnlyList<(int Offset, string Text)> lines, Article? article, IReadOnlyDictionary<int, string> fieldLines)
    {
        var starts = new Dictionary<int, LineFate>();
        var keptLinesThrough = new Dictionary<int, int>();
        if (article is not null)
        {
            if (article.Title.Length > 0)
            {
                starts.TryAdd(article.TitlePosition.Line, new LineFate(FateKind.Title, article.Source is null ? "Title" : "Title + Source", false));
            }

            var heading = 0;
            foreach (var section in article.Sections)
            {
                if (section.Heading is not null)
                {
                    starts.TryAdd(section.HeadingPosition.Line, new LineFate(FateKind.Heading, "Heading" + Number(++heading), false));
                }
            }

            for (var i = 0; i < article.Paragraphs.Count; i++)
            {
                var paragraph = article.Paragraphs[i];
                starts.TryAdd(paragraph.Position.Line, new LineFate(FateKind.Paragraph, "Paragraph" + Number(i + 1), false));
                var breaks = paragraph.Text.Count(c => c == '\n');
                if (breaks > 0)
                {
                    keptLinesThrough.TryAdd(paragraph.Position.Line, paragraph.Position.Line + breaks);
                }
            }

            foreach (var boilerplate in article.Boilerplate)
            {
                starts.TryAdd(boilerplate.Position.Line, new LineFate(FateKind.Boilerplate, boilerplate.Kind.ToString(), false));
            }
        }

        foreach (var (line, name) in fieldLines)
        {
            starts.TryAdd(line, new LineFate(FateKind.Field, name, false));
        }

        var fates = new LineFate[lines.Count];
        LineFate? current = null;
        var currentThrough = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (SourceLines.IsBlank(lines[i].Text))
            {
                fates[i] = LineFate.Blank;
                current = i + 1 <= currentThrough ? current : null;
            }
            else if (starts.TryGetValue(i + 1, out var start))
            {
                fates[i] = start;
                current = start;
                currentThrough = keptLinesThrough.TryGetValue(i + 1, out var through) ? through : 0;
            }
            else
            {
                fates[i] = current is null ? LineFate.Unread : current with { Continues = true };
            }
        }

        return fates;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
