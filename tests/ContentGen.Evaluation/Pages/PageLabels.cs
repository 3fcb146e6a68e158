namespace ContentGen.Evaluation.Pages;

/// <summary>What an editor does with one line of a scraped page.</summary>
public enum EditorLabel
{
    /// <summary>A line of the article's headline.</summary>
    Title,

    /// <summary>Article prose to keep.</summary>
    Body,

    /// <summary>A real subheading inside the article body.</summary>
    Heading,

    /// <summary>Everything an editor removes: chrome, teasers, bylines, captions, prompts.</summary>
    Drop,
}

/// <summary>Consecutive lines of one page that an editor treats alike; blank lines inside carry no label.</summary>
/// <param name="Half">Which half of the label set the page belongs to (<c>tune</c>, <c>blind</c>), or <c>invented</c>.</param>
/// <param name="File">The page's file name.</param>
/// <param name="FirstLine">The first 1-based line.</param>
/// <param name="LastLine">The last 1-based line, inclusive.</param>
/// <param name="Label">What the editor does with the non-blank lines of the range.</param>
public sealed record LabelledRange(string Half, string File, int FirstLine, int LastLine, EditorLabel Label);

/// <summary>What a page should read as, beyond its lines. Names and dates are facts; no page text is stored.</summary>
/// <param name="Half">As in <see cref="LabelledRange.Half"/>.</param>
/// <param name="File">The page's file name.</param>
/// <param name="TitleFirstLine">The headline's first line.</param>
/// <param name="TitleLastLine">The headline's last line.</param>
/// <param name="Author">The author's name, several joined by <c>"; "</c>, or <see langword="null"/> when the page names nobody.</param>
/// <param name="Published">The publication date in ISO 8601, with the time when the page gives it, or <see langword="null"/>.</param>
/// <param name="Language">The ISO 639-1 code of the article's language.</param>
/// <param name="Title">The expected title text: invented pages only, whose text is ours.</param>
/// <param name="Source">The expected site name split off the title, or <see langword="null"/>: invented pages only.</param>
public sealed record PageMetadata(
    string Half,
    string File,
    int TitleFirstLine,
    int TitleLastLine,
    string? Author,
    string? Published,
    string Language,
    string? Title = null,
    string? Source = null);

/// <summary>Reads the label files: tab-separated, one header row, <c>-</c> for "none".</summary>
public static class PageLabels
{
    /// <summary>Reads rows of <c>half, file, first_line, last_line, label</c>.</summary>
    public static List<LabelledRange> ReadRanges(string path)
    {
        var ranges = new List<LabelledRange>();
        foreach (var (row, lineNumber) in Tsv.Read(path, columns: 5))
        {
            var first = Tsv.Int(row[2], path, lineNumber);
            var last = Tsv.Int(row[3], path, lineNumber);
            if (first < 1 || last < first)
            {
                throw new FormatException($"{path}:{lineNumber}: the range {first}-{last} is empty or starts before line 1");
            }

            ranges.Add(new LabelledRange(row[0], row[1], first, last, ParseLabel(row[4], path, lineNumber)));
        }

        return ranges;
    }

    /// <summary>Reads rows of <c>half, file, title_first_line, title_last_line, author, published, language</c>.</summary>
    public static List<PageMetadata> ReadMetadata(string path)
    {
        var pages = new List<PageMetadata>();
        foreach (var (row, lineNumber) in Tsv.Read(path, columns: 7))
        {
            pages.Add(new PageMetadata(
                row[0],
                row[1],
                Tsv.Int(row[2], path, lineNumber),
                Tsv.Int(row[3], path, lineNumber),
                Tsv.Optional(row[4]),
                Tsv.Optional(row[5]),
                row[6]));
        }

        return pages;
    }

    /// <summary>
    /// Reads an invented page's expectations: one row of <c>file, title_first_line, title_last_line,
    /// title, source, author, published, language</c>.
    /// </summary>
    public static PageMetadata ReadInventedMetadata(string path)
    {
        var rows = Tsv.Read(path, columns: 8).ToList();
        if (rows.Count != 1)
        {
            throw new FormatException($"{path}: expected one row of expectations, found {rows.Count}");
        }

        var (row, lineNumber) = rows[0];
        return new PageMetadata(
            "invented",
            row[0],
            Tsv.Int(row[1], path, lineNumber),
            Tsv.Int(row[2], path, lineNumber),
            Tsv.Optional(row[5]),
            Tsv.Optional(row[6]),
            row[7],
            row[3],
            Tsv.Optional(row[4]));
    }

    private static EditorLabel ParseLabel(string text, string path, int lineNumber) => text switch
    {
        "title" => EditorLabel.Title,
        "body" => EditorLabel.Body,
        "heading" => EditorLabel.Heading,
        "drop" => EditorLabel.Drop,
        _ => throw new FormatException($"{path}:{lineNumber}: unknown label '{text}' (title, body, heading or drop)"),
    };
}
