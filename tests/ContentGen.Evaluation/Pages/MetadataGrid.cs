namespace ContentGen.Evaluation.Pages;

/// <summary>Where a grid page puts the line it tests.</summary>
public enum MetadataPlace
{
    /// <summary>Under the headline, a blank line between.</summary>
    Under,

    /// <summary>On the line right under the headline.</summary>
    Tight,

    /// <summary>Over the headline, a blank line between.</summary>
    Above,

    /// <summary>Under the last paragraph, a blank line between.</summary>
    End,

    /// <summary>The page's first line: the item is the headline itself.</summary>
    Headline,
}

/// <summary>One line of a grid: a dateline, a byline or a headline, where it stands, and what the page says with it.</summary>
/// <param name="Field"><c>date</c>, <c>author</c> or <c>title</c>.</param>
/// <param name="Place">Where the page puts the line.</param>
/// <param name="Line">The line as a page prints it.</param>
/// <param name="Expected">The ISO 8601 date, the authors ("A; B") or the title, or null where the line gives none.</param>
/// <param name="Source">For a headline, the site name split off it, or null where it names none.</param>
public sealed record MetadataItem(string Field, MetadataPlace Place, string Line, string? Expected, string? Source = null);

/// <summary>
/// One language's metadata grid, <c>Invented/MetadataShapes/&lt;lang&gt;.tsv</c>: a headline and two
/// paragraphs of prose, and the datelines, bylines and headlines each read on a page made of them.
/// </summary>
public sealed class MetadataGrid
{
    private MetadataGrid(string language) => Language = language;

    /// <summary>The language, from the file's name.</summary>
    public string Language { get; }

    /// <summary>The page's headline.</summary>
    public string Headline { get; private set; } = string.Empty;

    /// <summary>The page's two paragraphs, which every page must keep.</summary>
    public string[] Prose { get; } = [string.Empty, string.Empty];

    /// <summary>The items, in the file's order.</summary>
    public List<MetadataItem> Items { get; } = [];

    /// <summary>Reads a grid file.</summary>
    /// <exception cref="FormatException">A row is malformed; the message says where.</exception>
    public static MetadataGrid Read(string path)
    {
        var grid = new MetadataGrid(Path.GetFileNameWithoutExtension(path));
        foreach (var (cells, lineNumber) in GridFiles.Rows(path))
        {
            switch (cells[0])
            {
                case "headline" when cells.Length == 2: grid.Headline = cells[1]; break;
                case "lead" when cells.Length == 2: grid.Prose[0] = cells[1]; break;
                case "second" when cells.Length == 2: grid.Prose[1] = cells[1]; break;
                case "date" or "author" when cells.Length == 4 && Enum.TryParse<MetadataPlace>(cells[1], ignoreCase: true, out var place):
                    grid.Items.Add(new MetadataItem(cells[0], place, cells[2].Replace("\\n", "\n", StringComparison.Ordinal), Tsv.Optional(cells[3])));
                    break;
                case "title" when cells.Length == 4:
                    grid.Items.Add(new MetadataItem("title", MetadataPlace.Headline, cells[1], cells[2], Tsv.Optional(cells[3])));
                    break;
                default: throw new FormatException($"{path}:{lineNumber}: not a grid row");
            }
        }

        return grid;
    }

    /// <summary>The title the page that tests <paramref name="item"/> must read: a headline item's own, or else the grid's.</summary>
    public string TitleOf(MetadataItem item) => item.Field == "title" ? item.Expected! : Headline;

    /// <summary>The page that tests <paramref name="item"/>.</summary>
    public string Page(MetadataItem item)
    {
        var (lead, second) = (Prose[0], Prose[1]);
        return item.Place switch
        {
            MetadataPlace.Under => $"{Headline}\n\n{item.Line}\n\n{lead}\n\n{second}\n",
            MetadataPlace.Tight => $"{Headline}\n{item.Line}\n\n{lead}\n\n{second}\n",
            MetadataPlace.Above => $"{item.Line}\n\n{Headline}\n\n{lead}\n\n{second}\n",
            MetadataPlace.Headline => $"{item.Line}\n\n{lead}\n\n{second}\n",
            _ => $"{Headline}\n\n{lead}\n\n{second}\n\n{item.Line}\n",
        };
    }
}
