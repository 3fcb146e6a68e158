namespace ContentGen.Evaluation;

/// <summary>
/// Scores the reader against hand-made labels:
/// <c>dotnet run -c Release --project tests/ContentGen.Evaluation -- &lt;evaluation&gt; [tune|blind|all]</c>.
/// Labels are tuned on one half and reported on the other, so that figures on the blind half
/// are evidence and figures on the tuning half are not.
/// </summary>
public static class Program
{
    private static readonly SortedDictionary<string, Func<LabelHalf, int>> s_evaluations = new(StringComparer.Ordinal)
    {
        ["pages"] = Pages.PagesEvaluation.Run,
        ["speakers"] = Speakers.SpeakerEvaluation.Run,
    };

    /// <summary>Runs one evaluation and prints its scores.</summary>
    public static int Main(string[] args)
    {
        if (args.Length == 2 && string.Equals(args[0], "page-lines", StringComparison.Ordinal) && RepositoryPaths.Corpus is not null)
        {
            return Pages.PageLineDump.Run(args[1]);
        }

        // The shapes are invented sentences: they need no corpus and have no halves.
        if (args.Length == 1 && string.Equals(args[0], "shapes", StringComparison.Ordinal))
        {
            return Speakers.SpeakerShapes.Run(Console.Out);
        }

        if (args.Length == 1 && string.Equals(args[0], "metadata-shapes", StringComparison.Ordinal))
        {
            return Pages.MetadataShapes.Run(Console.Out);
        }

        if (args.Length is < 1 or > 2
            || !s_evaluations.TryGetValue(args[0], out var evaluate)
            || !LabelHalves.TryParse(args.Length == 2 ? args[1] : "blind", out var half))
        {
            Console.Error.WriteLine($"usage: ContentGen.Evaluation <{string.Join('|', s_evaluations.Keys)}> [{string.Join('|', LabelHalves.Rows.Select(row => row.Name))}|{LabelHalves.AllName}]");
            return 2;
        }

        if (half.IsSpeakersOnly() && !string.Equals(args[0], "speakers", StringComparison.Ordinal))
        {
            Console.Error.WriteLine(args[1] + " is a half of the speaker labels only.");
            return 2;
        }

        if (RepositoryPaths.Corpus is null)
        {
            Console.Error.WriteLine("../shared/corpus is absent beside the repository: there is nothing to evaluate on.");
            return 2;
        }

        return evaluate(half);
    }
}
