using System.Globalization;
using ContentGen.Parsing;

namespace ContentGen.Evaluation.Speakers;

/// <summary>
/// Scores quote finding and attribution: each labelled quote is looked up by the position of its
/// opening mark in what <see cref="ArticleParser.Parse(string)"/> returns for its file, and
/// the speaker is compared with the label. Reported by corpus for the chosen half, and by language
/// for the invented articles, which are not halved.
/// </summary>
public static class SpeakerEvaluation
{
    // Dutch news also quotes between single curly marks, and German papers and books often
    // between reversed guillemets (»Wir bleiben«, sagte sie); a French closing » is never labelled.
    private const string OpeningMarks = "\"«“„‘»";

    // A quote inside a quote opens with the language's inner mark: German ‚…‘, English '…'. Labels may
    // point at them, and are scored against the inner quote the reader lists at that mark (Quote.Within);
    // the check for a continued quote keeps to the outer marks, which no apostrophe is.
    private const string LabelledMarks = OpeningMarks + "'‚";

    /// <summary>The folder of invented articles, one subfolder per language.</summary>
    public static string InventedFolder { get; } = Path.Combine(RepositoryPaths.Root, "tests", "ContentGen.Evaluation", "Invented", "Speakers");

    /// <summary>
    /// Invented articles held out from tuning, one subfolder per language: only their figures are
    /// printed, never their misses, so that they stay evidence of how the rules read unseen text.
    /// </summary>
    public static string HeldOutFolder { get; } = Path.Combine(RepositoryPaths.Root, "tests", "ContentGen.Evaluation", "Invented", "SpeakersHeldOut");

    // The first draw holds both the tune and the blind half; every later draw is one half in a file of its own.
    private static readonly string[] LabelFiles =
    [
        "speakers.tsv",
        .. LabelHalves.Rows.Where(row => row.IsSpeakersOnly).Select(row => $"speakers-{row.Name}.tsv"),
    ];

    /// <summary>Runs the evaluation on <paramref name="half"/> of the corpus labels, and on every invented article.</summary>
    /// <returns>0, or 1 when a label file is malformed or a label points at no opening mark.</returns>
    public static int Run(LabelHalf half) => Run(half, Console.Out);

    /// <summary>Runs the evaluation, printing to <paramref name="output"/>.</summary>
    /// <returns>0, or 1 when a label file is malformed or a label points at no opening mark.</returns>
    public static int Run(LabelHalf half, TextWriter output)
    {
        List<SpeakerLabel> corpusLabels;
        List<SpeakerLabel> inventedLabels;
        List<SpeakerLabel> heldOutLabels;
        try
        {
            corpusLabels = LabelFiles
                .SelectMany(file => SpeakerLabelReader.ReadCorpus(Path.Combine(RepositoryPaths.Labels, file), RepositoryPaths.Corpus!))
                .Where(label => half.Includes(label.Half!.Value))
                .ToList();
            inventedLabels = ReadInvented(InventedFolder);
            heldOutLabels = ReadInvented(HeldOutFolder);
        }
        catch (Exception exception) when (exception is FormatException or IOException)
        {
            output.WriteLine(exception.Message);
            return 1;
        }

        // The French pages' line labels tell the article's lines from a teaser's or a menu's.
        var dropped = DroppedLines(errors: null);
        if (dropped is null)
        {
            output.WriteLine("cannot read " + PagesLabelFile);
            return 1;
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var articles = new Dictionary<string, Article>(StringComparer.Ordinal);
        var errors = new List<string>();
        var corpusOutcomes = Score(corpusLabels, texts, articles, errors)
            .Select(outcome => outcome.Label.Group == "fr" && dropped.Contains((Path.GetFileName(outcome.Label.Path), outcome.Label.Line)) ? outcome with { OutsideArticle = true } : outcome)
            .ToList();
        var inventedOutcomes = Score(inventedLabels, texts, articles, errors);
        var heldOutOutcomes = Score(heldOutLabels, texts, articles, errors);
        if (errors.Count > 0)
        {
            errors.ForEach(output.WriteLine);
            return 1;
        }

        var halfName = half.Name();
        output.WriteLine($"speakers: {halfName} half of {string.Join(" and ", LabelFiles.Select(file => Path.Combine("Labels", file)))}, and every invented article");
        output.WriteLine();
        SpeakerReport.WriteTable(output, "corpus (" + halfName + "), every label", corpusOutcomes, includeTotal: true);
        output.WriteLine();
        var outside = corpusOutcomes.Count(outcome => outcome.OutsideArticle);
        SpeakerReport.WriteTable(
            output,
            "corpus (" + halfName + "), in the article: without the " + outside.ToString(CultureInfo.InvariantCulture) + " labels on lines the page labels mark drop",
            corpusOutcomes.Where(outcome => !outcome.OutsideArticle).ToList(),
            includeTotal: true);
        output.WriteLine();
        SpeakerReport.WriteTable(output, "invented (all)", inventedOutcomes, includeTotal: true);
        output.WriteLine();
        if (!half.IsTuning())
        {
            // A tuning run prints no held-out figure: a total that moves as a rule is tuned is already a signal to
            // tune on, so these figures show only with the blind halves, which only the one who reports runs.
            SpeakerReport.WriteTable(output, "invented, held out from tuning (figures only)", heldOutOutcomes, includeTotal: true);
            output.WriteLine();
        }
        if (half.IsTuning())
        {
            SpeakerReport.WriteLooks(output, "corpus (" + halfName + "): wrong or missing", corpusOutcomes);
        }
        else
        {
            // Quote by quote, the blind half would show what to fix, and stop being blind.
            output.WriteLine("(wrong or missing speakers are listed for the tune half only)");
        }

        output.WriteLine();
        SpeakerReport.WriteLooks(output, "invented: wrong or missing", inventedOutcomes);
        return 0;
    }

    private static List<SpeakerLabel> ReadInvented(string root)
        => Directory.GetDirectories(root)
            .OrderBy(folder => folder, StringComparer.Ordinal)
            .SelectMany(folder => SpeakerLabelReader.ReadInvented(folder, RepositoryPaths.Root))
            .ToList();

    private static string PagesLabelFile => Path.Combine(RepositoryPaths.Labels, "pages.tsv");

    // Every (file, line) that Labels/pages.tsv labels drop, or null when the file cannot be read.
    private static HashSet<(string File, int Line)>? DroppedLines(List<string>? errors)
    {
        List<Pages.LabelledRange> ranges;
        try
        {
            ranges = Pages.PageLabels.ReadRanges(PagesLabelFile);
        }
        catch (Exception exception) when (exception is FormatException or IOException)
        {
            errors?.Add(exception.Message);
            return null;
        }

        var lines = new HashSet<(string File, int Line)>();
        foreach (var range in ranges.Where(range => range.Label == Pages.EditorLabel.Drop))
        {
            for (var line = range.FirstLine; line <= range.LastLine; line++)
            {
                lines.Add((range.File, line));
            }
        }

        return lines;
    }

    private static List<SpeakerOutcome> Score(
        List<SpeakerLabel> labels,
        Dictionary<string, string> texts,
        Dictionary<string, Article> articles,
        List<string> errors)
    {
        var outcomes = new List<SpeakerOutcome>(labels.Count);
        foreach (var label in labels)
        {
            if (!texts.TryGetValue(label.Path, out var text))
            {
                if (!File.Exists(label.Path))
                {
                    errors.Add($"{label.Where}: no such file");
                    continue;
                }

                // As the labels were made: UTF-8, BOM dropped, a bad byte read as U+FFFD.
                text = File.ReadAllText(label.Path);
                texts.Add(label.Path, text);
                articles.Add(label.Path, ArticleParser.Parse(text));
            }

            if (Locate(label, text) is not { } offset)
            {
                errors.Add($"{label.Where}: the label does not point at an opening quotation mark" +
                    (label.Offset is { } given ? " (offset " + given.ToString(CultureInfo.InvariantCulture) + ")" : string.Empty));
                continue;
            }

            var article = articles[label.Path];
            if (article.Quotes.FirstOrDefault(q => q.Position.Offset == offset) is { } quote)
            {
                outcomes.Add(new SpeakerOutcome(label, Found: true, quote.Speaker));
            }
            else if (Continued(article, text, offset) is { } merged)
            {
                outcomes.Add(new SpeakerOutcome(label, Found: true, merged.Speaker) { Merged = true });
            }
            else
            {
                outcomes.Add(new SpeakerOutcome(label, Found: false, Given: null) { SetAside = SetAside(article, text, offset) });
            }
        }

        return outcomes;
    }

    // The reader joins a speech that a writer reopens without closing ("A. "B." in one paragraph,
    // or a paragraph that starts again with a mark) into one quote, so a labelled reopening mark
    // is no quote of its own: it is found when the last quote that opens before it, in its paragraph
    // or the one before, holds the words that follow the mark.
    private static Quote? Continued(Article article, string text, int offset)
    {
        var paragraph = -1;
        for (var i = 0; i < article.Paragraphs.Count && article.Paragraphs[i].Position.Offset <= offset; i++)
        {
            paragraph = i;
        }

        // A reopening mark continues a top-level quote, never a quote inside one.
        var before = article.Quotes.LastOrDefault(q => q.Position.Offset < offset && q.Within is null);
        if (before is null || before.Paragraph < paragraph - 1)
        {
            return null;
        }

        var words = new System.Text.StringBuilder();
        for (var i = offset + 1; i < text.Length && words.Length < 40 && !OpeningMarks.Contains(text[i]) && text[i] is not ('»' or '”' or '“'); i++)
        {
            var c = char.IsWhiteSpace(text[i]) ? ' ' : text[i];
            if (c != ' ' || (words.Length > 0 && words[^1] != ' '))
            {
                words.Append(c);
            }
        }

        var start = words.ToString().Trim();
        return start.Length >= 8 && Collapse(before.Text).Contains(start, StringComparison.Ordinal) ? before : null;
    }

    // Where the reader put the line of a mark it did not find as a quote, so that a miss in text it
    // set aside (the title, a heading, navigation, related headlines, comments) reads differently from a miss
    // in the body. Boilerplate keeps only its start and its lines joined, so the line is looked for in it.
    private static string? SetAside(Article article, string text, int offset)
    {
        var start = offset;
        while (start > 0 && text[start - 1] is not ('\n' or '\r'))
        {
            start--;
        }

        var end = text.IndexOfAny(['\r', '\n'], offset);
        var line = Collapse(text.Substring(start, (end < 0 ? text.Length : end) - start));
        if (article.TitlePosition.Offset <= offset && Collapse(article.Title).Contains(line, StringComparison.Ordinal))
        {
            return "title";
        }

        if (article.Sections.Any(section => section.Heading is { } heading && section.HeadingPosition.Offset <= offset && Collapse(heading).Contains(line, StringComparison.Ordinal)))
        {
            return "heading";
        }

        return article.Boilerplate.Any(b => b.Position.Offset <= offset && Collapse(b.Text).Contains(line, StringComparison.Ordinal))
            ? "boilerplate"
            : null;
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // The offset of the labelled mark, checked against line and column (lines end at CRLF, CR or LF,
    // as the parser counts them), or null when they disagree or no opening mark stands there.
    private static int? Locate(SpeakerLabel label, string text)
    {
        int? atLine = null;
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (line == label.Line)
            {
                var end = text.IndexOfAny(['\r', '\n'], lineStart);
                var length = (end < 0 ? text.Length : end) - lineStart;
                atLine = label.Column >= 1 && label.Column <= length ? lineStart + label.Column - 1 : null;
                break;
            }

            if (i == text.Length)
            {
                break;
            }

            if (text[i] is '\r' or '\n')
            {
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                line++;
                lineStart = i + 1;
            }
        }

        if (atLine is not { } offset || (label.Offset is { } given && given != offset) || !LabelledMarks.Contains(text[offset]))
        {
            return null;
        }

        return offset;
    }
}
