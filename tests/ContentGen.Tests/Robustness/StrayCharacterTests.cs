using System.Globalization;
using System.Text;
using ContentGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ContentGen.Tests.Robustness;

/// <summary>
/// A stray control character costs nothing but a warning: it is removed, and the article is
/// generated. Only a file that really is binary (a known format, or mostly control characters,
/// as git judges) is skipped with CG0007. The generator sees text the compiler decoded, so each
/// format is tried as each of the compiler's fallback encodings decodes its bytes.
/// </summary>
public sealed class StrayCharacterTests
{
    private const string Title = "Harbour reopens to ferries this spring";

    // Long enough (over 128 characters) that one stray character is well under git's share.
    private const string Body = "The ferries return in April, officials said, after a winter of repairs to the old stone quay and its lights.";

    static StrayCharacterTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData('\0')]
    [InlineData('\u0001')]
    [InlineData('\b')]
    [InlineData('\u001B')]
    [InlineData('\u001F')]
    public void StrayControlCharacter_IsRemoved_AndTheArticleIsGenerated_WithAWarningAtIt(char stray)
    {
        var text = Title + "\n\nThe ferries" + stray + " return in April, officials said, after a winter of repairs to the old stone quay.\n";

        var outcome = GeneratorHarness.Run([("seeds/ferries.txt", text)]);

        var warning = Assert.Single(outcome.Diagnostics);
        Assert.Equal("CG0012", warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.DefaultSeverity);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(2, 11), warning.Location.GetLineSpan().StartLinePosition);
        Assert.Equal(text.IndexOf(stray, StringComparison.Ordinal), warning.Location.SourceSpan.Start);
        Assert.Equal(1, warning.Location.SourceSpan.Length);
        var code = "U+" + ((int)stray).ToString("X4", CultureInfo.InvariantCulture);
        Assert.Equal($"'ferries.txt' holds 1 control character(s) that are not text, the first here ({code}); they are removed from the article. Remove them from the file.", warning.GetMessage(CultureInfo.InvariantCulture));
        Assert.Empty(outcome.CompilationDiagnostics);
        var constants = GeneratedConstants.Read(outcome.Output);
        Assert.Equal(Title, constants["Ferries.Title"]);
        Assert.Equal("The ferries return in April, officials said, after a winter of repairs to the old stone quay.", constants["Ferries.Paragraph1"]);
    }

    [Fact]
    public void SeveralStrayCharacters_AreCounted_AndEveryOneRemoved()
    {
        // Three, so over 384 other characters keep it text.
        var text = "\u0002" + Title + "\n\n" + Body.Replace("April", "Ap\0ril\u0007", StringComparison.Ordinal) + string.Concat(Enumerable.Repeat("\n\n" + Body, 3)) + "\n";

        var outcome = GeneratorHarness.Run([("seeds/ferries.txt", text)]);

        var warning = Assert.Single(outcome.Diagnostics);
        Assert.Equal("CG0012", warning.Id);
        Assert.Equal(0, warning.Location.SourceSpan.Start);
        Assert.Contains("holds 3 control character(s)", warning.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var constants = GeneratedConstants.Read(outcome.Output);
        Assert.Equal(Title, constants["Ferries.Title"]);
        Assert.Equal(Body, constants["Ferries.Paragraph1"]);
    }

    [Fact]
    public void DiagnosticsAfterARemovedCharacter_PointIntoTheFileAsItIs()
    {
        // The unclosed mark is the 22nd character of line 3 in the file, NUL included.
        var text = Title + "\n\nThe\0 mayor said, and « we will never give up the park, not this year nor the next one either.\n";

        var outcome = GeneratorHarness.Run([("seeds/park.txt", text)]);

        var unclosed = Assert.Single(outcome.Diagnostics, d => d.Id == "CG0004");
        Assert.Equal(text.IndexOf('«', StringComparison.Ordinal), unclosed.Location.SourceSpan.Start);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(2, 21), unclosed.Location.GetLineSpan().StartLinePosition);
        Assert.Equal("«", text.Substring(unclosed.Location.SourceSpan.Start, unclosed.Location.SourceSpan.Length));
    }

    [Fact]
    public void FourStrayCharacters_Per512Others_AreText_OneOtherFewerIsBinary()
    {
        // git's share: binary when the characters that are not stray, divided by 128, are fewer. Three
        // or fewer apart from each other are text in any seed (BinaryTextTests).
        var text = (Title + "\n\n" + Body + Body + Body + Body + Body).Substring(0, 508);
        var atLimit = text + "x\0x\0x\0x\0";
        var overLimit = text + "\0x\0x\0x\0";

        var kept = GeneratorHarness.Run([("seeds/ferries.txt", atLimit)]);
        var skipped = GeneratorHarness.Run([("seeds/ferries.txt", overLimit)]);

        Assert.Equal("CG0012", Assert.Single(kept.Diagnostics).Id);
        Assert.Contains(kept.Sources, s => s.HintName == "Articles.Ferries.g.cs");
        var binary = Assert.Single(skipped.Diagnostics);
        Assert.Equal("CG0007", binary.Id);
        Assert.Equal(DiagnosticSeverity.Error, binary.DefaultSeverity);
        Assert.Equal(508, binary.Location.SourceSpan.Start);
        Assert.Equal("'ferries.txt' is not text (4 of its first 515 characters are NUL or other control characters), so it is skipped; remove it from the seeds", binary.GetMessage(CultureInfo.InvariantCulture));
        Assert.DoesNotContain(skipped.Sources, s => s.HintName == "Articles.Ferries.g.cs");
    }

    [Fact]
    public void OnlyTheFirst8KB_AreJudged()
    {
        // Control characters past the first 8192 characters are stray, however many.
        var text = Title + "\n\n" + string.Concat(Enumerable.Repeat(Body + "\n\n", 80)) + new string('\u0001', 200) + "\n";

        var outcome = GeneratorHarness.Run([("seeds/ferries.txt", text)]);

        Assert.True(text.Length > 8192 + 200);
        var warning = Assert.Single(outcome.Diagnostics);
        Assert.Equal("CG0012", warning.Id);
        Assert.Contains("holds 200 control character(s)", warning.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16TextWithoutItsByteOrderMark_IsBinary()
    {
        // Read as UTF-8, every other character is NUL.
        var bytes = Encoding.Unicode.GetBytes(Title + "\n\n" + Body + "\n");
        var text = new UTF8Encoding(false).GetString(bytes);

        var binary = Assert.Single(GeneratorHarness.Run([("seeds/ferries.txt", text)]).Diagnostics);

        Assert.Equal("CG0007", binary.Id);
        Assert.Equal(1, binary.Location.SourceSpan.Start);
        Assert.Contains($"({bytes.Length / 2} of its first {bytes.Length} characters are NUL", binary.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Formats => new()
    {
        { "png", "a PNG image" },
        { "jpeg", "a JPEG image" },
        { "pdf", "a PDF document" },
        { "zip", "a ZIP archive (a DOCX file is one)" },
        { "gzip", "a GZIP archive" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void KnownBinaryFormat_IsSkippedWithCG0007_HoweverTheCompilerDecodedIt(string format, string description)
    {
        // The header, then plenty of text, so that only the signature can tell.
        byte[] bytes = [.. Header(format), .. Encoding.ASCII.GetBytes("\n" + Title + "\n\n" + Body + Body + Body + "\n")];
        var decoders = new Dictionary<string, Encoding>(StringComparer.Ordinal)
        {
            ["UTF-8 with U+FFFD"] = new UTF8Encoding(false, throwOnInvalidBytes: false),
            ["Windows-1252"] = Encoding.GetEncoding(1252),
            ["Latin-1"] = Encoding.Latin1,
        };

        foreach (var (name, decoder) in decoders)
        {
            var outcome = GeneratorHarness.Run([("seeds/file.txt", decoder.GetString(bytes))]);

            var binary = Assert.Single(outcome.Diagnostics);
            Assert.True(binary.Id == "CG0007", $"{format} read as {name}: {binary}");
            Assert.Equal(0, binary.Location.SourceSpan.Start);
            Assert.Equal($"'file.txt' is not text ({description}), so it is skipped; remove it from the seeds", binary.GetMessage(CultureInfo.InvariantCulture));
            Assert.Single(outcome.Sources); // the index only
        }
    }

    [Theory]
    [InlineData("PNG is a format for images.")]
    [InlineData("PK is the start of these initials.")]
    [InlineData("%PDF is not at the start here: %PDF-1.7")]
    [InlineData("\u00FF\u00D8 two letters are not a JPEG")]
    public void TextThatMerelyMentionsAFormat_IsText(string line)
    {
        var outcome = GeneratorHarness.Run([("seeds/formats.txt", line + "\n\n" + Body + "\n")]);

        Assert.Empty(outcome.Diagnostics);
        Assert.Equal(2, outcome.Sources.Count);
    }

    [Fact]
    public void FileTheCompilerCouldNotDecode_IsSkippedWithCG0007_NotReportedAsEmpty()
    {
        var driver = GeneratorHarness.Driver([new InMemoryAdditionalText("seeds/image.txt", null)]);

        var diagnostic = Assert.Single(driver.RunGenerators(GeneratorHarness.Compilation(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest), TestContext.Current.CancellationToken).GetRunResult().Diagnostics);

        Assert.Equal("CG0007", diagnostic.Id);
        Assert.Equal("'image.txt' is not text (the compiler cannot decode it), so it is skipped; remove it from the seeds", diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    private static byte[] Header(string format) => format switch
    {
        "png" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
        "jpeg" => [0xFF, 0xD8, 0xFF, 0xE0],
        "pdf" => [.. "%PDF-1.7\n%"u8, 0xE2, 0xE3, 0xCF, 0xD3],
        "zip" => [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00],
        "gzip" => [0x1F, 0x8B, 0x08, 0x00],
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
