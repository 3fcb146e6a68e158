using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ContentGen.Tests.Robustness;

/// <summary>
/// Seeds whose output a culture-sensitive generator would get wrong (Turkish dotted and dotless
/// i, Arabic text and digits, many numbered members), with the repository's seeds, and the whole
/// output rendered as one string and hashed, to compare runs byte for byte.
/// </summary>
internal static class DeterminismCorpus
{
    /// <summary>Set to <c>1</c> to make the test executable print <see cref="Hash"/> and exit (see <see cref="HelperMode"/>).</summary>
    public const string HelperVariable = "CONTENTGEN_PRINT_OUTPUT_HASH";

    /// <summary>The seeds.</summary>
    public static IReadOnlyList<(string Path, string Text)> Seeds { get; } = Infrastructure.Seeds.FileNames
        .Select(Infrastructure.Seeds.Load)
        .Concat(
        [
            ("seeds/izmir-iris.txt", "İstanbul ve İzmir'de ılık bir gün | Haber Sitesi\n\nIşık ve ıhlamur: \"iyi işler\" dedi.\n"),
            ("seeds/002.txt", "istanbul izmir ınce işler içinde\n\nİçerik burada.\n"),
            ("seeds/003.txt", "\u0623\u062E\u0628\u0627\u0631 \u0661\u0662\u0663 \u0627\u0644\u064A\u0648\u0645\n\n\u0642\u0627\u0644 \u00AB\u0646\u0639\u0645\u00BB.\n"),
            ("seeds/numbers.txt", "Twelve paragraphs with numbers 1,234.5 and \u2212 7\n\n" + string.Join("\n\n", Enumerable.Range(1, 12).Select(i => $"Paragraph {i} says \u201Cquote {i}\u201D."))),
        ])
        .ToArray();

    /// <summary>Every generated file (hint name and text) and every diagnostic, as one string.</summary>
    public static string Render(GeneratorOutcome outcome)
    {
        var text = new StringBuilder();
        foreach (var source in outcome.Sources)
        {
            text.Append("// ").Append(source.HintName).Append('\n').Append(source.SourceText.ToString());
        }

        foreach (var diagnostic in outcome.Diagnostics)
        {
            text.Append(diagnostic.Id).Append(' ').Append(diagnostic.Location.GetLineSpan().ToString())
                .Append(' ').Append(diagnostic.GetMessage(CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The SHA-256 of the rendered output for <see cref="Seeds"/>, in hex.</summary>
    public static string Hash()
        => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Render(GeneratorHarness.Run(Seeds)))));

    /// <summary>
    /// A helper mode of the test executable, for tests that need a process with other runtime
    /// settings (invariant globalization is fixed at start-up): with <see cref="HelperVariable"/>
    /// set, it prints the hash and exits before the test platform starts.
    /// </summary>
#pragma warning disable CA2255 // A module initializer is the one hook that runs before the generated test entry point.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void HelperMode()
    {
        if (Environment.GetEnvironmentVariable(HelperVariable) == "1")
        {
            Console.Out.Write(Hash());
            Console.Out.Flush();
            Environment.Exit(0);
        }
    }
}
