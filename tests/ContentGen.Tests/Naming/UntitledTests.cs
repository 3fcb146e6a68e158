using ContentGen.Tests.Infrastructure;

namespace ContentGen.Tests.Naming;

/// <summary>
/// A seed whose file name and title both hold no letter or digit is named "Untitled": a name no
/// generated type takes, so the seed gets one warning that says what it is named, not a second
/// one that renames it again.
/// </summary>
public sealed class UntitledTests
{
    [Fact]
    public void EmojiFileAndTitle_AreNamedUntitled_WithOneWarning()
    {
        var outcome = GeneratorHarness.Run([("seeds/🎉🎉.md", "# 🎉🎉\n\nThe party starts at eight and ends at midnight on the pier.\n")]);

        Assert.Contains(outcome.Sources, source => source.HintName == "Articles.Untitled.g.cs");
        var warning = Assert.Single(outcome.Diagnostics);
        Assert.Equal("CG0010", warning.Id);
        Assert.Contains("'Untitled'", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(outcome.CompilationDiagnostics);
    }
}
