using ContentGen.Parsing;

namespace ContentGen.Evaluation.Pages;

/// <summary>Where the reader put one line.</summary>
public enum FateKind
{
    /// <summary>Blank, or in no item of the reading (nothing claimed it).</summary>
    None,

    /// <summary>In the title.</summary>
    Title,

    /// <summary>In a body paragraph.</summary>
    Paragraph,

    /// <summary>In a section heading.</summary>
    Heading,

    /// <summary>Set aside as boilerplate.</summary>
    Boilerplate,
}

/// <summary>The reader's fate for one line, with the boilerplate kind when it was set aside.</summary>
public readonly record struct LineFate(FateKind Kind, BoilerplateKind? Boilerplate = null)
{
    /// <inheritdoc/>
    public override string ToString() => Boilerplate is { } kind ? kind.ToString() : Kind.ToString();
}

/// <summary>
/// Maps a parsed <see cref="Article"/> back onto the page's lines. The model gives only where each item
/// starts (title, heading, paragraph, boilerplate). The parser builds every item from consecutive non-blank
/// lines, never interleaves two items and claims every non-blank line once a title is found, so an item
/// covers its start line through the line before the next item starts. That reasoning is checked on every
/// page: the covered lines, trimmed and joined by single spaces, must give back the item's text.
/// </summary>
public sealed class ModelFates
{
    private readonly LineFate[] _fates;

    private ModelFates(Article article, LineFate[] fates, int disagreements, List<(int First, int Last)> headings, (int First, int Last)? title)
    {
        Article = article;
        _fates = fates;
        Disagreements = disagreements;
        Headings = headings;
        Title = title;
    }

    /// <summary>The reading.</summary>
    public Article Article { get; }

    /// <summary>How many items' text differs from the lines the position rule gives them (0 when the rule holds).</summary>
    public int Disagreements { get; }

    /// <summary>The line range of each section heading, in order.</summary>
    public IReadOnlyList<(int First, int Last)> Headings { get; }

    /// <summary>The title's line range, or <see langword="null"/> when the reader found no title.</summary>
    public (int First, int Last)? Title { get; }

    /// <summary>The fate of 1-based line <paramref name="number"/>.</summary>
    public LineFate this[int number] => _fates[number];

    /// <summary>Parses <paramref name="page"/> and maps the reading onto its lines.</summary>
    public static ModelFates Read(PageText page)
    {
        var article = ArticleParser.Parse(page.Text);
        var items = new List<Claim>();
        if (article.Title.Length > 0)
        {
            // The title's text may have lost its site name, so it is not compared with its lines.
            items.Add(new Claim(article.TitlePosition.Line, new LineFate(FateKind.Title), Text: null));
        }

        foreach (var section in article.Sections)
        {
            if (section.Heading is { } heading)
            {
                items.Add(new Claim(section.HeadingPosition.Line, new LineFate(FateKind.Heading), heading));
            }
        }

        foreach (var paragraph in article.Paragraphs)
        {
            items.Add(new Claim(paragraph.Position.Line, new LineFate(FateKind.Paragraph), paragraph.Text));
        }

        foreach (var boilerplate in article.Boilerplate)
        {
            // A section's label cut out of the title line ("Headline | Politics | Site") stands on the title's line.
            if (article.Title.Length > 0 && boilerplate.Position.Line == article.TitlePosition.Line && boilerplate.Position.Offset > article.TitlePosition.Offset)
            {
                continue;
            }

            items.Add(new Claim(boilerplate.Position.Line, new LineFate(FateKind.Boilerplate, boilerplate.Kind), boilerplate.Text));
        }

        items.Sort((a, b) => a.Line.CompareTo(b.Line));

        var fates = new LineFate[page.Lines.Count + 1];
        var disagreements = 0;
        var headings = new List<(int, int)>();
        (int, int)? title = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var end = i + 1 < items.Count ? items[i + 1].Line - 1 : page.Lines.Count;
            if (end < item.Line)
            {
                // Two items on one line: the rule cannot hold.
                disagreements++;
                continue;
            }

            var covered = new List<string>();
            var last = item.Line;
            for (var line = item.Line; line <= end; line++)
            {
                if (!page.IsBlank(line))
                {
                    fates[line] = item.Fate;
                    covered.Add(page.Trimmed(line));
                    last = line;
                }
            }

            if (item.Text is not null && !string.Equals(string.Join(" ", covered), item.Text, StringComparison.Ordinal))
            {
                disagreements++;
            }

            if (item.Fate.Kind == FateKind.Heading)
            {
                headings.Add((item.Line, last));
            }
            else if (item.Fate.Kind == FateKind.Title)
            {
                title = (item.Line, last);
            }
        }

        return new ModelFates(article, fates, disagreements, headings, title);
    }

    private sealed record Claim(int Line, LineFate Fate, string? Text);
}
