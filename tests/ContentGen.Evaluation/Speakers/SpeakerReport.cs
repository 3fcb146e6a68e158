using System.Globalization;

namespace ContentGen.Evaluation.Speakers;

/// <summary>Prints the outcomes: a compact table of rates, and the quotes an engineer should classify.</summary>
public static class SpeakerReport
{
    /// <summary>
    /// One row per group: quotes found among the labelled ones (of which merged: reopening marks
    /// joined into the quote before them, scored with that quote's speaker); speaker accuracy over speech quotes
    /// (a quote not found counts as wrong), and over the speech quotes found; precision of the quotes the reader attributed to anyone.
    /// </summary>
    public static void WriteTable(TextWriter output, string title, IReadOnlyList<SpeakerOutcome> outcomes, bool includeTotal)
    {
        output.WriteLine(title);
        output.WriteLine($"  {"group",-14} {"labels",6} {"found",12} {"merged",6} {"speech",6} {"speaker right",14} {"right of found",14} {"attributed",10} {"precision",14}");
        var groups = outcomes.GroupBy(outcome => outcome.Label.Group, StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal).ToList();
        foreach (var group in groups)
        {
            WriteRow(output, group.Key, group);
        }

        if (includeTotal && groups.Count > 1)
        {
            WriteRow(output, "all", outcomes);
        }
    }

    /// <summary>Lists every quote not found, and every wrong or missing speaker: where, expected, got.</summary>
    public static void WriteLooks(TextWriter output, string title, IReadOnlyList<SpeakerOutcome> outcomes)
    {
        var looks = outcomes.Where(outcome => outcome.NeedsLook).ToList();
        var counts = looks.GroupBy(outcome => outcome.Problem, StringComparer.Ordinal)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => $"{group.Count()} {group.Key}");
        output.WriteLine($"{title}: {looks.Count} ({string.Join("; ", counts)})");
        foreach (var outcome in looks)
        {
            var label = outcome.Label;
            var expected = label.IsSpeech ? label.Speaker : "(not speech)";
            var got = (!outcome.Found ? "(no quote)" : outcome.Given ?? "(none)") + (outcome.Merged ? " (joined to the quote before)" : string.Empty);
            output.WriteLine($"  {label.Where}\t{outcome.Problem}\texpected: {expected}\tgot: {got}");
        }
    }

    private static void WriteRow(TextWriter output, string name, IEnumerable<SpeakerOutcome> outcomes)
    {
        var tally = new SpeakerTally();
        foreach (var outcome in outcomes)
        {
            tally.Add(outcome);
        }

        output.WriteLine(
            $"  {name,-14} {tally.Labels,6} {Rate(tally.Found, tally.Labels),12} {tally.Merged,6} {tally.Speech,6} {Rate(tally.SpeechRight, tally.Speech),14} {Rate(tally.SpeechRight, tally.SpeechFound),14} {tally.Attributed,10} {Rate(tally.AttributedRight, tally.Attributed),14}");
    }

    private static string Rate(int part, int whole)
        => whole == 0
            ? "-"
            : string.Create(CultureInfo.InvariantCulture, $"{part}/{whole} {(double)part / whole:0.00}");
}
