using System.Runtime.Loader;
using ContentGen.Parsing.Tests.Infrastructure;

namespace ContentGen.Benchmarks;

/// <summary>
/// Two builds of the parsing core in one process, over one corpus, document by document:
/// <c>dotnet run -c Release --project tests/ContentGen.Benchmarks -- side-by-side &lt;a/ContentGen.Parsing.dll&gt; &lt;b/ContentGen.Parsing.dll&gt; [bbc|fr-immigration] [rounds]</c>.
/// </summary>
/// <remarks>
/// Each build is loaded into a load context of its own, and the two parse each document in turn (the
/// order swapped at every document and round), each parse timed by the thread's own processor clock:
/// on a machine shared by many, the wall clock of separate runs moves by more than a change does, while
/// the ratio of two builds read in the same minutes holds to about half a percent (the same build on
/// both sides gives 0.99–1.01). The first rounds carry the compiler's tiers and are not counted.
/// </remarks>
internal static class SideBySide
{
    private const int UncountedRounds = 4;

    public static void Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.WriteLine("side-by-side <a/ContentGen.Parsing.dll> <b/ContentGen.Parsing.dll> [bbc|fr-immigration] [rounds]");
            return;
        }

        var corpus = args.Length > 2 ? args[2] : ParseCorpus.Bbc;
        var rounds = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 14;
        var documents = ParseCorpus.Load(corpus).Select(document => document.Text).ToArray();
        var bytes = ParseCorpus.Utf8Bytes(corpus);
        var a = ParseOf(args[0], "a");
        var b = ParseOf(args[1], "b");
        Console.WriteLine($"{ParseCorpus.Describe(corpus)}: {documents.Length} documents, {bytes:N0} UTF-8 bytes");

        var (timesA, timesB, ratios) = (new List<double>(), new List<double>(), new List<double>());
        for (var round = 0; round < rounds; round++)
        {
            var (timeA, timeB, allocatedA, allocatedB) = (0L, 0L, 0L, 0L);
            for (var d = 0; d < documents.Length; d++)
            {
                var aFirst = ((d + round) & 1) == 0;
                for (var turn = 0; turn < 2; turn++)
                {
                    var isA = (turn == 0) == aFirst;
                    var allocated = GC.GetAllocatedBytesForCurrentThread();
                    var start = ThreadClock.Now();
                    (isA ? a : b)(documents[d]);
                    var time = ThreadClock.Now() - start;
                    allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
                    if (isA)
                    {
                        (timeA, allocatedA) = (timeA + time, allocatedA + allocated);
                    }
                    else
                    {
                        (timeB, allocatedB) = (timeB + time, allocatedB + allocated);
                    }
                }
            }

            var ratio = (double)timeB / timeA;
            Console.WriteLine($"round {round + 1}: a {timeA / 1e6:F1} ms, b {timeB / 1e6:F1} ms, b/a {ratio:F3}; "
                + $"allocated a {allocatedA:N0} B ({(double)allocatedA / bytes:F3} per byte), b {allocatedB:N0} B ({(double)allocatedB / bytes:F3})");
            if (round >= UncountedRounds)
            {
                timesA.Add(timeA);
                timesB.Add(timeB);
                ratios.Add(ratio);
            }
        }

        if (ratios.Count > 0)
        {
            Console.WriteLine($"{ratios.Count} counted rounds: median a {Median(timesA) / 1e6:F1} ms, b {Median(timesB) / 1e6:F1} ms; "
                + $"median b/a {Median(ratios):F3} ({ratios.Min():F3}–{ratios.Max():F3})");
        }
    }

    // ArticleParser.Parse of the build at `path`, loaded apart from the other build and from the project's own reference.
    private static Func<string, object> ParseOf(string path, string name)
    {
        var assembly = new AssemblyLoadContext(name).LoadFromAssemblyPath(Path.GetFullPath(path));
        var method = assembly.GetType("ContentGen.Parsing.ArticleParser", throwOnError: true)!.GetMethod("Parse", new[] { typeof(string), typeof(string) })!;
        var parse = method.CreateDelegate<Func<string, string?, object>>();
        return text => parse(text, null);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
