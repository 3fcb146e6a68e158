using ContentGen.Parsing;

namespace ContentGen.Evaluation.Speakers;

/// <summary>
/// Reads every way a language's news attributes a quote, each with every reporting verb and every
/// speaker of a small set: a grid that shows which shapes of a language the reader handles, where
/// articles show only the shapes their writer happened to use. Each language's file,
/// <c>Invented/SpeakerShapes/&lt;lang&gt;.tsv</c>, gives the verbs, the speakers and the shapes;
/// see that folder's README for the format.
/// </summary>
public static class SpeakerShapes
{
    /// <summary>The folder of shape files, one per language.</summary>
    public static string Folder { get; } = GridFiles.Folder("SpeakerShapes");

    /// <summary>Reads every shape with every verb and speaker, and prints how many each shape got right.</summary>
    /// <returns>0, or 1 when a shape file is malformed.</returns>
    public static int Run(TextWriter output)
    {
        if (!GridFiles.TryReadAll(Folder, ShapeGrid.Read, output, out var grids))
        {
            return 1;
        }

        var misses = new List<string>();
        output.WriteLine("speaker shapes: each shape read with every verb and speaker of its language");
        output.WriteLine($"  {"language",-8} {"shape",-28} {"right",9} {"wrong",6} {"none",6}");
        var (right, total) = (0, 0);
        foreach (var grid in grids)
        {
            foreach (var shape in grid.Shapes)
            {
                var (shapeRight, wrong, none) = (0, 0, 0);
                foreach (var variant in grid.Variants(shape))
                {
                    var given = SpeakerOf(variant.Text, variant.ScoredMark);
                    if (IsRight(variant, given))
                    {
                        shapeRight++;
                        continue;
                    }

                    if (string.IsNullOrWhiteSpace(given))
                    {
                        none++;
                    }
                    else
                    {
                        wrong++;
                    }

                    var expected = variant.Answers.Count == 0 ? "-" : variant.Answers[0];
                    misses.Add($"  {grid.Language} {shape.Id}: expected {expected}, got {given ?? "-"}: {variant.Text.Replace("\n\n", " | ", StringComparison.Ordinal)}");
                }

                var count = shapeRight + wrong + none;
                right += shapeRight;
                total += count;
                output.WriteLine($"  {grid.Language,-8} {shape.Id,-28} {GridFiles.Ratio(shapeRight, count),9} {wrong,6} {none,6}");
            }
        }

        output.WriteLine($"  {"all",-8} {string.Empty,-28} {GridFiles.Ratio(right, total),9}");
        output.WriteLine();
        output.WriteLine($"misses: {misses.Count}");
        misses.ForEach(output.WriteLine);
        return 0;
    }


    // The speaker of the quote that opens at the scored mark, or null when the reader finds none there.
    private static string? SpeakerOf(string text, int mark)
        => ArticleParser.Parse(text).Quotes.FirstOrDefault(quote => quote.Position.Offset == mark)?.Speaker;

    private static bool IsRight(ShapeVariant variant, string? given)
        => variant.Answers.Count == 0
            ? string.IsNullOrWhiteSpace(given)
            : given is not null && variant.Answers.Any(answer => string.Equals(given, answer, StringComparison.OrdinalIgnoreCase));
}
