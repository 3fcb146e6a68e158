using ContentGen.Emit;
using ContentGen.Model;
using ContentGen.Parsing;
using Microsoft.CodeAnalysis;

namespace ContentGen.Tests.Infrastructure;

/// <summary>Reads a generator run whose steps were tracked: what each step and each source output did, and why.</summary>
internal static class TrackedRuns
{
    private static readonly IncrementalStepRunReason[] s_order =
    {
        IncrementalStepRunReason.New, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Unchanged,
        IncrementalStepRunReason.Cached, IncrementalStepRunReason.Removed,
    };

    /// <summary>"New 1, Cached 4": how many outputs of the step were produced for each reason, in a fixed order.</summary>
    public static string Reasons(GeneratorRunResult result, string step)
        => Format(result.TrackedSteps[step].SelectMany(run => run.Outputs).Select(output => output.Reason));

    /// <summary>The same for the source outputs that emit from a <typeparamref name="T"/>: articles, the index, or diagnostics.</summary>
    public static string SourceReasons<T>(GeneratorRunResult result)
        => Format(SourceOutputs(result).Where(output => output.Input is T).Select(output => output.Reason));

    /// <summary>The hint names of the article and index files that were emitted again, in ordinal order.</summary>
    public static string[] Emitted(GeneratorRunResult result)
        => SourceOutputs(result)
            .Where(output => output.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified)
            .Select(output => output.Input switch
            {
                EmittedArticle article => article.HintName,
                (IndexSpec spec, EquatableArray<string>) => IndexEmitter.HintName,
                _ => null,
            })
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToArray();

    // A source output step records what it emitted; what it emitted from is its input's value.
    private static IEnumerable<(object Input, IncrementalStepRunReason Reason)> SourceOutputs(GeneratorRunResult result)
        => result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs.Select(output =>
            (run.Inputs.Single() is var (source, index) ? source.Outputs[index].Value : null!, output.Reason)));

    private static string Format(IEnumerable<IncrementalStepRunReason> reasons)
    {
        var counts = reasons.GroupBy(reason => reason).ToDictionary(group => group.Key, group => group.Count());
        return string.Join(", ", s_order.Where(counts.ContainsKey).Select(reason => reason + " " + counts[reason]));
    }
}
