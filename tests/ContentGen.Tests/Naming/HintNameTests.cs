using System.Text;
using ContentGen.Emit;
using ContentGen.Tests.Infrastructure;
using CsCheck;

namespace ContentGen.Tests.Naming;

/// <summary>
/// A generated file is named after its article's type, but a type named from a long title would
/// make a file name past what file systems take (255 bytes on Linux, a short MAX_PATH on Windows),
/// and a build that writes generated files to disk would fail. The file name is cut, never the type.
/// </summary>
public sealed class HintNameTests
{
    private const int MaxHintNameChars = 80;

    private static readonly string LongCyrillicTitle = "Открытие" + string.Concat(Enumerable.Repeat(" достопримечательностей", 7));

    [Fact]
    public void LongTitle_GivesShortFileName_AndKeepsWholeTypeName()
    {
        var outcome = GeneratorHarness.Run([("seeds/001.txt", LongCyrillicTitle + "\n\nВ субботу жители города пришли на открытие новой библиотеки.\n")]);

        var hint = ArticleHint(outcome);
        Assert.True(hint.Length <= MaxHintNameChars, hint);
        Assert.True(Encoding.UTF8.GetByteCount(hint) < 255, hint);
        Assert.StartsWith("Articles.Открытие", hint, StringComparison.Ordinal);
        Assert.Contains("class ОткрытиеДостопримечательностей" + string.Concat(Enumerable.Repeat("Достопримечательностей", 6)), Source(outcome), StringComparison.Ordinal);
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    [Fact]
    public void LongTitles_SharingTheirStart_GetDistinctFileNames()
    {
        var outcome = GeneratorHarness.Run(
        [
            ("seeds/001.txt", LongCyrillicTitle + " север\n\nВ субботу жители города пришли на открытие библиотеки.\n"),
            ("seeds/002.txt", LongCyrillicTitle + " юг\n\nВ воскресенье жители города пришли на открытие музея.\n"),
        ]);

        var hints = outcome.Sources.Select(s => s.HintName).Where(h => h != "Articles.g.cs").ToArray();
        Assert.Equal(2, hints.Length);
        Assert.NotEqual(hints[0], hints[1]);
        Assert.All(hints, hint => Assert.True(hint.Length <= MaxHintNameChars, hint));
        Assert.Empty(outcome.CompilationDiagnostics);
    }

    [Fact]
    public void ShortName_IsTheTypeName()
    {
        var outcome = GeneratorHarness.Run([("seeds/harbour-news.txt", "Harbour news\n\nThe harbour opens on Saturday.\n")]);

        Assert.Equal("Articles.HarbourNews.g.cs", ArticleHint(outcome));
    }

    [Fact]
    public void AnyTwoTypeNames_GetDistinctFileNames_OfAtMost80Characters()
    {
        // Long names that share their first 48 characters are the ones a cut could merge.
        var prefix = new string('A', 48);
        var names = Gen.String[Gen.Char['a', 'z'], 0, 40].Select(tail => prefix + tail);

        Gen.Select(names, names).Sample((first, second) =>
        {
            var (a, b) = (HintNames.ForType("Articles", first), HintNames.ForType("Articles", second));
            return a.Length <= MaxHintNameChars && b.Length <= MaxHintNameChars && (first == second) == (a == b);
        }, iter: 2_000);
    }

    private static string ArticleHint(GeneratorOutcome outcome)
        => outcome.Sources.Select(s => s.HintName).Single(h => h != "Articles.g.cs");

    private static string Source(GeneratorOutcome outcome)
        => outcome.Sources.Single(s => s.HintName != "Articles.g.cs").SourceText.ToString();
}
