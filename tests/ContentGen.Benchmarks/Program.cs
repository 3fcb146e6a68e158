using BenchmarkDotNet.Running;

namespace ContentGen.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project tests/ContentGen.Benchmarks -- --filter '*'</c>.
/// Results and how to read them are in <c>docs/performance.md</c>.
/// </summary>
public static class Program
{
    /// <summary>
    /// Hands the command line to BenchmarkDotNet, with the short in-process job; <c>side-by-side</c> first
    /// compares two builds of the parsing core instead (<see cref="SideBySide"/>).
    /// </summary>
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "side-by-side")
        {
            SideBySide.Run(args.Skip(1).ToArray());
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, ShortConfig.Create());
    }
}
