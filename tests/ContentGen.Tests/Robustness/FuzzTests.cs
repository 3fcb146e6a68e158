using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ContentGen.Emit;
using ContentGen.Model;
using ContentGen.Parsing;
using ContentGen.Tests.Infrastructure;
using CsCheck;
using Microsoft.CodeAnalysis.Text;

namespace ContentGen.Tests.Robustness;

/// <summary>
/// Property tests over generated documents (<see cref="SeedDocuments"/>): the generator never
/// fails, its output always compiles cleanly, every constant holds exactly the parsed text, and
/// the parsed model loses no text. <c>CONTENTGEN_FUZZ_ITERATIONS</c> sets how many documents
/// each test tries; <c>CONTENTGEN_FUZZ_SEED</c> replays the seed CsCheck printed for a failure.
/// </summary>
public sealed partial class FuzzTests
{
    // Documents per compilation: compiling is the slow part, so many documents share one.
    private const int BatchSize = 25;

    private const ulong FixedSeed = 20261127;

    [Fact]
    public void GeneratedDocuments_CompileCleanly_AndEveryConstantHoldsTheParsedText()
    {
        var documents = Iterations(1000);
        var watch = Stopwatch.StartNew();
        Check(SeedDocuments.Document.Array[BatchSize], CompileAndCompare, Math.Max(1, documents / BatchSize), Print);
        TestContext.Current.TestOutputHelper?.WriteLine($"{documents} documents compiled in {watch.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void GeneratedDocuments_NeverFailTheGenerator_AndTheModelLosesNoText()
    {
        var documents = Iterations(3000);
        var watch = Stopwatch.StartNew();
        Check(SeedDocuments.Document, ParseAndLocate, documents, text => CSharpLiteral.Format(text));
        TestContext.Current.TestOutputHelper?.WriteLine($"{documents} documents parsed in {watch.Elapsed.TotalSeconds:F1} s");
    }

    // The normal run draws its cases from a fixed seed, so that a test run never fails by chance
    // and any failure replays as it is; a number in CONTENTGEN_FUZZ_SEED replaces that seed (the
    // long run, reproducible case for case). Asking for a number of iterations without a seed
    // explores fresh random cases through CsCheck, which shrinks a failure to a small case and
    // prints its seed; that printed seed, given back, replays it.
    internal static void Check<T>(Gen<T> generator, Action<T> property, int iterations, Func<T, string> print)
    {
        var seed = Environment.GetEnvironmentVariable("CONTENTGEN_FUZZ_SEED");
        var numericSeed = ulong.TryParse(seed, NumberStyles.None, CultureInfo.InvariantCulture, out var number);
        if ((seed is not null && !numericSeed) || (seed is null && Environment.GetEnvironmentVariable("CONTENTGEN_FUZZ_ITERATIONS") is not null))
        {
            generator.Sample(property, seed: seed, iter: iterations, threads: 1, print: print);
            return;
        }

        var random = new PCG(1, numericSeed ? number : FixedSeed);
        for (var i = 0; i < iterations; i++)
        {
            var value = generator.Generate(random, null!, out _);
            try
            {
                property(value);
            }
            catch (Exception exception)
            {
                throw new InvalidOperationException($"Case {i} of the run with seed {(numericSeed ? number : FixedSeed)} failed: {print(value)}", exception);
            }
        }
    }

    internal static int Iterations(int normal)
        => int.TryParse(Environment.GetEnvironmentVariable("CONTENTGEN_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : normal;

    private static void CompileAndCompare(string[] documents)
    {
        var seeds = documents.Select((text, i) => ($"seeds/fuzz/{i:D3}.txt", text)).ToArray();
        var outcome = GeneratorHarness.Run(seeds);

        Assert.Null(outcome.RunResult.Results.Single().Exception);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Id is "CG9999" or "CS8785");
        Assert.Empty(outcome.CompilationDiagnostics);

        var hintNames = outcome.Sources.Select(source => source.HintName).ToArray();
        Assert.Equal(hintNames.Length, hintNames.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(hintNames, hint => Assert.Matches(SafeHintName(), hint));

        // The expected texts are the articles the generator emits from (site names shared
        // across seeds already split off), read from its tracked step.
        var specs = outcome.RunResult.Results.Single().TrackedSteps[TrackingNames.Articles]
            .SelectMany(step => step.Outputs)
            .Select(output => (ArticleSpec)output.Value)
            .ToArray();
        var constants = GeneratedConstants.Read(outcome.Output);
        Assert.Equal(specs.Length, hintNames.Length - 1);
        foreach (var spec in specs)
        {
            var expected = spec.Article;
            var type = spec.TypeName.TrimStart('@') + ".";
            Same(expected.Title, constants[type + "Title"]);
            Same(expected.Source, constants[type + "Source"]);
            var headings = expected.Sections.Select(s => s.Heading).OfType<string>().ToArray();
            for (var i = 0; i < headings.Length; i++)
            {
                Same(headings[i], constants[type + "Heading" + (i + 1)]);
            }

            Assert.False(constants.ContainsKey(type + "Heading" + (headings.Length + 1)));
            for (var i = 0; i < expected.Paragraphs.Count; i++)
            {
                Same(expected.Paragraphs[i].Text, constants[type + "Paragraph" + (i + 1)]);
            }

            Assert.False(constants.ContainsKey(type + "Paragraph" + (expected.Paragraphs.Count + 1)));
            for (var i = 0; i < expected.Quotes.Count; i++)
            {
                Same(expected.Quotes[i].Text, constants[type + "Quote" + (i + 1)]);
            }

            Assert.False(constants.ContainsKey(type + "Quote" + (expected.Quotes.Count + 1)));
        }
    }

    private static void ParseAndLocate(string text)
    {
        var parsed = SeedParser.Parse(new SeedFile("seeds/fuzz/001.txt", text, null), TestContext.Current.CancellationToken);
        Assert.DoesNotContain(parsed.Diagnostics, d => d.Descriptor.Id == "CG9999");

        // Every diagnostic points into the file as it is, at the line and column Roslyn gives its offset.
        var file = SourceText.From(text);
        foreach (var diagnostic in parsed.Diagnostics)
        {
            var location = diagnostic.Location!;
            Assert.InRange(location.Span.End, location.Span.Start, text.Length);
            Assert.Equal(file.Lines.GetLinePositionSpan(location.Span), location.LineSpan);

            // A quotation's warning, in the title, a heading or the body, points at its mark.
            if (diagnostic.Descriptor.Id is "CG0004" or "CG0005")
            {
                Assert.True(char.IsPunctuation(text[location.Span.Start]), diagnostic.Descriptor.Id + " points at " + CSharpLiteral.Format(text[location.Span.Start].ToString()));
            }
        }

        // The generator reads the text without its stray control characters (CG0012), or skips
        // it as binary (CG0007) when they are too many.
        var readable = WithoutStrayControls(text);
        Assert.Equal(readable.Length != text.Length, parsed.Diagnostics.Any(d => d.Descriptor.Id is "CG0012" or "CG0007"));
        if (parsed.Article is not { } article)
        {
            Assert.Contains(parsed.Diagnostics, d => d.Descriptor.Id is "CG0001" or "CG0002" or "CG0007");
            return;
        }

        // Every position is a real place in the text read: a paragraph starts with its first
        // character, a quote at its opening mark, and the line and column are the compiler's for
        // the offset (lines end at CR, LF, CRLF, NEL, LS and PS).
        var lines = SourceText.From(readable).Lines;
        Located(readable, lines, article.TitlePosition);
        foreach (var paragraph in article.Paragraphs)
        {
            Located(readable, lines, paragraph.Position);
            Assert.Equal(paragraph.Text[0], readable[paragraph.Position.Offset]);
        }

        foreach (var quote in article.Quotes)
        {
            Located(readable, lines, quote.Position);
            Assert.True(char.IsPunctuation(readable[quote.Position.Offset]), "a quote starts at " + CSharpLiteral.Format(readable[quote.Position.Offset].ToString()));
        }

        text = readable;

        // Nothing invented, order kept: each text's words appear in the input in the same order.
        // (Not as one run: a navigation line cut out of a paragraph leaves a paragraph whose
        // halves stand apart in the input.)
        var input = Words(text);
        var texts = new[] { article.Title, article.Source }
            .Concat(article.Sections.Select(s => s.Heading))
            .Concat(article.Paragraphs.Select(p => p.Text))
            .Concat(article.Boilerplate.Select(b => b.Text))
            .OfType<string>();
        foreach (var piece in texts)
        {
            Assert.True(IsSubsequence(Words(piece), input), "the model holds text that is not in the input: " + CSharpLiteral.Format(piece));
        }

        // A quote starts and ends inside words ("«Yes»"), so its characters are followed, not its words.
        var characters = Normalise(text).Select(c => c.ToString()).ToArray();
        foreach (var quote in article.Quotes)
        {
            Assert.True(IsSubsequence(Normalise(quote.Text).Select(c => c.ToString()).ToArray(), characters), "the model holds a quote that is not in the input: " + CSharpLiteral.Format(quote.Text));
        }

        // Nothing lost: every word of the input is in the title, the source, a heading, a
        // paragraph or the boilerplate; only the separator between title and source may go.
        var kept = new[] { article.Title, article.Source }
            .Concat(article.Sections.Select(s => s.Heading))
            .Concat(article.Paragraphs.Select(p => p.Text))
            .Concat(article.Boilerplate.Select(b => b.Text))
            .OfType<string>()
            .SelectMany(Words)
            .CountBy(word => word)
            .ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        var lost = input.CountBy(word => word)
            .Where(pair => pair.Value > kept.GetValueOrDefault(pair.Key))
            .Select(pair => pair.Key)
            .ToArray();
        var separatorOnly = article.Source is not null && lost.Length == 1 && lost[0] is "–" or "—" or "|" or "-" or "::" or "»";
        Assert.True(lost.Length == 0 || separatorOnly, "the model lost " + string.Join(", ", lost.Select(CSharpLiteral.Format)));
    }

    private static void Located(string text, TextLineCollection lines, TextPosition position)
    {
        Assert.InRange(position.Offset, 0, text.Length - 1);
        var expected = lines.GetLinePosition(position.Offset);

        // A leading byte order mark is no column of the text: the model's first line starts after it.
        var column = expected.Line == 0 && text[0] == '\uFEFF' ? expected.Character : expected.Character + 1;
        Assert.Equal((expected.Line + 1, column), (position.Line, position.Column));
    }

    // C0 controls other than tab, line feed, vertical tab, form feed and carriage return.
    private static string WithoutStrayControls(string text)
        => string.Concat(text.Where(c => c >= ' ' || c is >= '\t' and <= '\r'));

    private static string[] Words(string text) => Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static bool IsSubsequence(string[] words, string[] input)
    {
        var next = 0;
        foreach (var word in input)
        {
            if (next < words.Length && words[next] == word)
            {
                next++;
            }
        }

        return next == words.Length;
    }

    // White space of every kind the parser knows, runs of it as one space, ends trimmed.
    private static string Normalise(string text)
    {
        var normal = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF')
            {
                if (normal.Length > 0 && normal[^1] != ' ')
                {
                    normal.Append(' ');
                }
            }
            else
            {
                normal.Append(c);
            }
        }

        return normal.ToString().TrimEnd(' ');
    }

    private static void Same(string? expected, object? actual)
        => Assert.True(string.Equals(expected, (string?)actual, StringComparison.Ordinal), $"constant {CSharpLiteral.Format((string?)actual ?? "null")} is not {CSharpLiteral.Format(expected ?? "null")}");

    private static string Print(string[] documents) => string.Join("\n", documents.Select(CSharpLiteral.Format));

    // Letters, digits, combining marks, underscores and dots: nothing that means something to a file system.
    [GeneratedRegex(@"^[\p{L}\p{Mn}\p{Mc}\p{Nd}_.]+\.g\.cs$")]
    private static partial Regex SafeHintName();
}
