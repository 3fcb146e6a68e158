using System.Diagnostics;
using System.Globalization;
using ContentGen.Tests.Infrastructure;

namespace ContentGen.Tests.Robustness;

/// <summary>
/// The generated output is byte-identical whatever the culture, the globalization mode, the
/// line endings of the seeds and the order the compiler lists them in.
/// </summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Output_IsByteIdentical_UnderTurkishArabicAndInvariantCultures()
    {
        var expected = RenderUnder(CultureInfo.InvariantCulture);
        foreach (var name in new[] { "tr-TR", "ar-SA" })
        {
            Assert.Equal(expected, RenderUnder(new CultureInfo(name)));
        }

        // The Turkish seed really exercises case mapping: "i" upper-cases to "I", never "İ" (and
        // invariant casing leaves dotless "ı" as it is).
        Assert.Contains("// Articles.IstanbulIzmirınceIşlerIçinde.g.cs\n", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_IsByteIdentical_WithAndWithoutInvariantGlobalization()
    {
        var expected = DeterminismCorpus.Hash();

        Assert.Equal(expected, HashInChildProcess(invariantGlobalization: true));
        Assert.Equal(expected, HashInChildProcess(invariantGlobalization: false));
    }

    [Fact]
    public void CrlfCopiesOfTheSeeds_GiveTheSameSource()
    {
        var lf = DeterminismCorpus.Seeds.Select(seed => (seed.Path, seed.Text.Replace("\r\n", "\n", StringComparison.Ordinal))).ToArray();
        var crlf = lf.Select(seed => (seed.Path, seed.Item2.Replace("\n", "\r\n", StringComparison.Ordinal))).ToArray();

        var fromLf = GeneratorHarness.Run(lf);
        var fromCrlf = GeneratorHarness.Run(crlf);

        Assert.Equal(Sources(fromLf), Sources(fromCrlf));
        Assert.Equal(fromLf.Diagnostics.Select(d => d.Id), fromCrlf.Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void OrderOfTheAdditionalFiles_DoesNotChangeTheOutput()
    {
        var seeds = DeterminismCorpus.Seeds.Append(("seeds/other/numbers.txt", "Numbers again, from another folder\n\nSame file name.\n")).ToArray();
        var expected = DeterminismCorpus.Render(GeneratorHarness.Run(seeds));

        Assert.Equal(expected, DeterminismCorpus.Render(GeneratorHarness.Run(seeds.Reverse())));
        Assert.Equal(expected, DeterminismCorpus.Render(GeneratorHarness.Run(seeds.OrderBy(seed => seed.Item2.Length))));
    }

    [Fact]
    public void SameNamedFilesInDifferentFolders_GetDistinctHintNames()
    {
        var seeds = new[] { "a", "b", "c/d" }
            .Select(folder => ($"seeds/{folder}/news.txt", $"News from folder {folder}\n\nText.\n"))
            .ToArray();

        var hintNames = GeneratorHarness.Run(seeds).Sources.Select(source => source.HintName).ToArray();

        Assert.Equal(["Articles.News.g.cs", "Articles.News2.g.cs", "Articles.News3.g.cs", "Articles.g.cs"], hintNames);
    }

    private static string RenderUnder(CultureInfo culture)
    {
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return DeterminismCorpus.Render(GeneratorHarness.Run(DeterminismCorpus.Seeds));
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = currentUi;
        }
    }

    private static string[] Sources(GeneratorOutcome outcome)
        => outcome.Sources.Select(source => source.HintName + "\n" + source.SourceText).ToArray();

    // Runs this test executable in its helper mode (DeterminismCorpus.HelperMode), which prints the hash.
    private static string HashInChildProcess(bool invariantGlobalization)
    {
        var appHost = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "ContentGen.Tests.exe" : "ContentGen.Tests");
        var start = File.Exists(appHost)
            ? new ProcessStartInfo(appHost)
            : new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", ["exec", Path.Combine(AppContext.BaseDirectory, "ContentGen.Tests.dll")]);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.Environment[DeterminismCorpus.HelperVariable] = "1";
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = invariantGlobalization ? "1" : "0";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the helper process did not finish");
        Assert.True(process.ExitCode == 0, "the helper process failed: " + error.Result);
        return output.Result;
    }
}
