using System.Text;
using BenchmarkDotNet.Attributes;
using ContentGen.Parsing;

namespace ContentGen.Benchmarks;

/// <summary>
/// Hostile inputs of up to a few megabytes at 1×, 2× and 4× their base size: each must finish,
/// and the time must grow linearly, so the median at 4× should be about four times that at 1×.
/// </summary>
[WarmupCount(1)]
[IterationCount(3)]
public class PathologicalBenchmarks : HostileInputBenchmark
{
    /// <summary>The kind of input.</summary>
    [Params("Guillemets1M", "NestedQuotes100k", "BlankLines1M", "SpeakerQuotes20k", "DistinctNames20k", "SlideCounts20k", "RunningHeaders20k")]
    public override string Input { get; set; } = string.Empty;
}

/// <summary>
/// The two hostile inputs that take seconds to parse (10 MB on one line, a 50 MB file), at 1×,
/// 2× and 4×: fewer runs, so that the whole suite stays within minutes on a two-core machine.
/// </summary>
[WarmupCount(0)]
[IterationCount(2)]
public class LargePathologicalBenchmarks : HostileInputBenchmark
{
    /// <summary>The kind of input.</summary>
    [Params("SingleLine10MB", "File50MB")]
    public override string Input { get; set; } = string.Empty;
}

/// <summary>Parses one hostile input at a multiple of its base size; subclasses choose the inputs.</summary>
public abstract class HostileInputBenchmark
{
    private string _text = string.Empty;

    /// <summary>The kind of input, as <see cref="HostileInputs.Make"/> names it.</summary>
    public abstract string Input { get; set; }

    /// <summary>The multiple of the base size.</summary>
    [Params(1, 2, 4)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup() => _text = HostileInputs.Make(Input, Scale);

    [Benchmark]
    public int Parse() => ArticleParser.Parse(_text).Paragraphs.Count;
}

/// <summary>The hostile inputs of the robustness issue, at any multiple of their base size.</summary>
internal static class HostileInputs
{
    private const string Title = "Council publishes the full record of the session\n\n";

    /// <summary>The input <paramref name="name"/> at <paramref name="scale"/> times its base size.</summary>
    public static string Make(string name, int scale) => name switch
    {
        // 10 MB of prose without a line break: one paragraph of 250,000 sentences.
        "SingleLine10MB" => Title + Repeat("The council said the plan would cost more than planned. ", 10_000_000 / 57 * scale),
        "Guillemets1M" => Title + Repeat("«", 1_000_000 * scale),

        // Each quote opens inside the one before, in prose, and all close at the end.
        "NestedQuotes100k" => Title + "The mayor said " + Repeat("« the park and ", 100_000 * scale) + "the square" + Repeat(" »", 100_000 * scale) + ".",
        // One sentence of 20,000 quotes by the same speaker (quadratic before names were listed once).
        "SpeakerQuotes20k" => Title + "The mayor spoke. " + Repeat("\"We will,\" said Jane Doe, ", 20_000 * scale) + "at last.",
        // 20,000 paragraphs, each quoting a different one-word name that the article also
        // capitalises inside a sentence: every name is searched for in the text until the
        // searches have read it 16 times over, then looked up in sets (quadratic without them).
        "DistinctNames20k" => Title + DistinctNames(20_000 * scale),
        // 20,000 blocks of one slide count each, all alike: every one has a count's shape and none a run
        // (quadratic while each count read the whole page for another).
        "SlideCounts20k" => Title + Repeat("1/5\n\n", 20_000 * scale),
        // A teletext page's header, then 20,000 blocks of the same header with another page number and clock: every one
        // is compared with the page's first line alone, never with the others (quadratic if the lines were compared pairwise).
        "RunningHeaders20k" => "100  Valley Teletext   Mon 07 Dec 14:32:08\n\n" + Title + Repeat("101  Valley Teletext   Mon 07 Dec 14:32:09\n\n", 20_000 * scale),
        "BlankLines1M" => Title + Repeat("\n", 1_000_000 * scale) + "The session closed late in the evening.\n",
        "File50MB" => LargeFile(50_000_000 * scale),
        _ => throw new ArgumentException("Unknown input " + name, nameof(name)),
    };

    private static string DistinctNames(int count)
    {
        var text = new StringBuilder(count * 60);
        for (var i = 0; i < count; i++)
        {
            // A name of letters only ("Kabcd"): a digit would make it no name.
            var name = new StringBuilder("K");
            for (var n = i; n > 0 || name.Length < 5; n /= 26)
            {
                name.Append((char)('a' + (n % 26)));
            }

            text.Append("Officials met ").Append(name).Append(". \"We will go on,\" ").Append(name).Append(" said.\n\n");
        }

        return text.ToString();
    }

    private static string Repeat(string value, int count)
    {
        var text = new StringBuilder(value.Length * count);
        for (var i = 0; i < count; i++)
        {
            text.Append(value);
        }

        return text.ToString();
    }

    // The corpus run together into one document: an article with tens of thousands of paragraphs.
    private static string LargeFile(int characters)
    {
        var text = new StringBuilder(characters + 100_000).Append(Title);
        while (text.Length < characters)
        {
            foreach (var (_, document) in Corpus.Documents)
            {
                text.Append(document).Append("\n\n");
                if (text.Length >= characters)
                {
                    break;
                }
            }
        }

        return text.ToString();
    }
}
