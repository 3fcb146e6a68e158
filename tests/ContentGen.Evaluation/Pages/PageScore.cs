namespace ContentGen.Evaluation.Pages;

/// <summary>How the reader did on one labelled page, counted in non-blank lines and in headings.</summary>
public sealed class PageScore
{
    private PageScore(string file)
    {
        File = file;
    }

    /// <summary>The page's file name.</summary>
    public string File { get; }

    /// <summary>Lines an editor drops.</summary>
    public int DropLines { get; private set; }

    /// <summary>Of those, the lines the reader set aside as boilerplate.</summary>
    public int Removed { get; private set; }

    /// <summary>Lines of article prose.</summary>
    public int BodyLines { get; private set; }

    /// <summary>Of those, the lines the reader kept in paragraphs.</summary>
    public int Kept { get; private set; }

    /// <summary>Subheadings an editor marks: runs of consecutive heading lines.</summary>
    public int LabelledHeadings { get; private set; }

    /// <summary>Section headings the reader made.</summary>
    public int ModelHeadings { get; private set; }

    /// <summary>Reader headings that overlap a labelled one, each labelled heading matched once.</summary>
    public int MatchedHeadings { get; private set; }

    /// <summary>Whether the reader's title covers exactly the labelled title lines.</summary>
    public bool TitleRight { get; private set; }

    /// <summary>
    /// Whether the reader's title lines read the same as the labelled ones: a page often prints its
    /// headline twice (in the header and above the byline), and either copy gives the right title.
    /// </summary>
    public bool TitleTextRight { get; private set; }

    /// <summary>The reader's title lines, or <see langword="null"/> when it found no title.</summary>
    public (int First, int Last)? ModelTitle { get; private set; }

    /// <summary>How many of the reader's items break the position rule (see <see cref="ModelFates"/>).</summary>
    public int Disagreements { get; private set; }

    /// <summary>Drop lines the reader kept, by where it put them.</summary>
    public SortedDictionary<string, int> KeptDrop { get; } = new(StringComparer.Ordinal);

    /// <summary>Body lines the reader did not keep in a paragraph, by where it put them.</summary>
    public SortedDictionary<string, int> LostBody { get; } = new(StringComparer.Ordinal);

    /// <summary>The drop lines the reader kept.</summary>
    public List<int> KeptDropLines { get; } = new();

    /// <summary>The body lines the reader lost.</summary>
    public List<int> LostBodyLines { get; } = new();

    /// <summary>Lines on the wrong side: drop lines kept plus body lines lost.</summary>
    public int Errors => (DropLines - Removed) + (BodyLines - Kept);

    /// <summary>
    /// Scores <paramref name="model"/> against <paramref name="ranges"/> (the page's labels) and
    /// <paramref name="expected"/>, reporting label problems as <see cref="LabelLines"/> does.
    /// </summary>
    public static PageScore Score(
        PageText page,
        ModelFates model,
        IReadOnlyList<LabelledRange> ranges,
        PageMetadata expected,
        List<string> labelProblems)
    {
        var score = new PageScore(expected.File) { Disagreements = model.Disagreements };
        var labels = LabelLines(page, ranges, expected.File, labelProblems);
        var headings = new List<(int First, int Last)>();
        for (var line = 1; line <= page.Lines.Count; line++)
        {
            if (labels[line] is not { } label)
            {
                continue;
            }

            score.Count(line, label, model[line]);
            if (label == EditorLabel.Heading)
            {
                // Consecutive heading lines, blank lines between them aside, are one heading.
                if (headings.Count > 0 && PreviousNonBlank(page, line) == headings[^1].Last)
                {
                    headings[^1] = (headings[^1].First, line);
                }
                else
                {
                    headings.Add((line, line));
                }
            }
        }

        score.LabelledHeadings = headings.Count;
        score.ModelHeadings = model.Headings.Count;
        var matched = new bool[headings.Count];
        foreach (var found in model.Headings)
        {
            for (var i = 0; i < headings.Count; i++)
            {
                if (!matched[i] && found.First <= headings[i].Last && headings[i].First <= found.Last)
                {
                    matched[i] = true;
                    score.MatchedHeadings++;
                    break;
                }
            }
        }

        score.ModelTitle = model.Title;
        score.TitleRight = model.Title is { } title && title.First == expected.TitleFirstLine && title.Last == expected.TitleLastLine;
        score.TitleTextRight = model.Title is { } read
            && expected.TitleLastLine <= page.Lines.Count
            && string.Equals(Joined(page, read.First, read.Last), Joined(page, expected.TitleFirstLine, expected.TitleLastLine), StringComparison.Ordinal);
        return score;
    }

    /// <summary>
    /// The label of each 1-based line of <paramref name="page"/> (<see langword="null"/> for blank lines).
    /// Labels that miss a non-blank line, label one twice or run past the end of the page are reported in
    /// <paramref name="labelProblems"/>, so that a stale label file cannot pass unnoticed.
    /// </summary>
    public static EditorLabel?[] LabelLines(PageText page, IReadOnlyList<LabelledRange> ranges, string file, List<string> labelProblems)
    {
        var labels = new EditorLabel?[page.Lines.Count + 1];
        foreach (var range in ranges)
        {
            if (range.LastLine > page.Lines.Count)
            {
                labelProblems.Add($"{file}: the range {range.FirstLine}-{range.LastLine} runs past the last line, {page.Lines.Count}");
                continue;
            }

            for (var line = range.FirstLine; line <= range.LastLine; line++)
            {
                if (page.IsBlank(line))
                {
                    continue;
                }

                if (labels[line] is not null)
                {
                    labelProblems.Add($"{file}:{line}: labelled twice");
                }

                labels[line] = range.Label;
            }
        }

        for (var line = 1; line <= page.Lines.Count; line++)
        {
            if (labels[line] is null && !page.IsBlank(line))
            {
                labelProblems.Add($"{file}:{line}: a non-blank line without a label");
            }
        }

        return labels;
    }

    private void Count(int line, EditorLabel label, LineFate fate)
    {
        switch (label)
        {
            case EditorLabel.Drop:
                DropLines++;
                if (fate.Kind == FateKind.Boilerplate)
                {
                    Removed++;
                }
                else
                {
                    Add(KeptDrop, fate.ToString());
                    KeptDropLines.Add(line);
                }

                break;
            case EditorLabel.Body:
                BodyLines++;
                if (fate.Kind == FateKind.Paragraph)
                {
                    Kept++;
                }
                else
                {
                    Add(LostBody, fate.ToString());
                    LostBodyLines.Add(line);
                }

                break;
        }
    }

    // Two copies of a headline may wrap at different places, and lynx broke some "à" into a lone
    // byte that decodes as U+FFFD (the corpus's SOURCE.md counts them): neither makes it another title.
    private static string Joined(PageText page, int first, int last)
    {
        var text = new System.Text.StringBuilder();
        for (var line = first; line <= last; line++)
        {
            foreach (var c in page.Lines[line - 1])
            {
                if (c == '\uFFFD')
                {
                    text.Append('à');
                }
                else if (!char.IsWhiteSpace(c))
                {
                    text.Append(c);
                }
            }
        }

        return text.ToString();
    }

    private static int PreviousNonBlank(PageText page, int line)
    {
        for (var previous = line - 1; previous >= 1; previous--)
        {
            if (!page.IsBlank(previous))
            {
                return previous;
            }
        }

        return 0;
    }

    private static void Add(SortedDictionary<string, int> counts, string key)
        => counts[key] = counts.TryGetValue(key, out var count) ? count + 1 : 1;
}
