using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ContentGen.Benchmarks;

/// <summary>
/// A job short enough for a shared two-core machine: in process (no separate build of the
/// benchmarks), one launch, one warm-up and five measured runs of a single call each. The
/// machine is noisy, so compare medians and ratios measured side by side in one run, not
/// figures from different runs.
/// </summary>
internal static class ShortConfig
{
    public static IConfig Create()
        => DefaultConfig.Instance
            .AddJob(Job.Default
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(1)
                .WithIterationCount(5)
                .WithInvocationCount(1)
                .WithUnrollFactor(1)
                .WithId("Short"))
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median)
            .WithOptions(ConfigOptions.JoinSummary);
}
