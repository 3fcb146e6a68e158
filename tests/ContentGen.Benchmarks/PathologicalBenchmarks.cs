using System.Text;
using BenchmarkDotNet.Attributes;
using ContentGen.Parsing;

namespace ContentGen.Benchmarks;

/// <summary>
/// Hostile inputs at 1×, 2× and 4× their base size: each must finish, and the time must grow
/// linearly, so the median at 4× should be about four times the median at 1×.
/// </summary>
public class PathologicalBenchmarks
{
    private const string Title = "Council publishes the full record of the session\n\n";

    private string _text = string.Empty;

    /// <summary>The kind of input.</summary>
    [Params("SingleLine10MB", "Guillemets1M", "NestedQuotes100k", "BlankLines1M", "File50MB")]
    public string Input { get; set; } = string.Empty;

    /// <summary>The multiple of the base size.</summary>
    [Params(1, 2, 4)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup() => _text = Make(Input, Scale);

    [Benchmark]
    public int Parse() => ArticleParser.Parse(_text).Paragraphs.Count;

    /// <summary>The input <paramref name="name"/> at <paramref name="scale"/> times its base size.</summary>
    public static string Make(string name, int scale) => name switch
    {
        // 10 MB of prose without a line break: one paragraph of 250,000 sentences.
        "SingleLine10MB" => Title + Repeat("The council said the plan would cost more than planned. ", 10_000_000 / 57 * scale),
        "Guillemets1M" => Title + Repeat("«", 1_000_000 * scale),

        // Each quote opens inside the one before, in prose, and all close at the end.
        "NestedQuotes100k" => Title + "The mayor said " + Repeat("« the park and ", 100_000 * scale) + "the square" + Repeat(" »", 100_000 * scale) + ".",
        "BlankLines1M" => Title + Repeat("\n", 1_000_000 * scale) + "The session closed late in the evening.\n",
        "File50MB" => LargeFile(50_000_000 * scale),
        _ => throw new ArgumentException("Unknown input " + name, nameof(name)),
    };

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
