using ContentGen.Model;

namespace ContentGen.Tests.Model;

/// <summary>
/// The edges of the binary judgement: a signature as short as the format's own, a GZIP mark only
/// at the start, and the first control character as the place to report.
/// </summary>
public sealed class BinaryTextTests
{
    [Theory]
    [InlineData("\u2030PNG\r\n\u001A\n", "a PNG image")]
    [InlineData("%PDF-", "a PDF document")]
    [InlineData("PK\u0003\u0004", "a ZIP archive (a DOCX file is one)")]
    [InlineData("\u001F\u008B", "a GZIP archive")]
    [InlineData("\u001F\u2039", "a GZIP archive")]
    [InlineData("\u001F\uFFFD", "a GZIP archive")]
    public void Signature_AsShortAsTheFormats_IsRecognised(string text, string reason)
    {
        Assert.Equal(reason, BinaryText.Reason(text, out var offset));
        Assert.Equal(0, offset);
    }

    [Theory]
    [InlineData("a\uFFFD and then plain text")]
    [InlineData("\uFFFD\u008B and then plain text")]
    [InlineData("%PDF")]
    [InlineData("\u001Fa")]
    public void GzipOrPdfMark_NotAtTheStartOrCut_IsText(string text)
        => Assert.Null(BinaryText.Reason(text + new string('a', 200), out _));

    [Fact]
    public void ControlCharacters_OverGitsShare_AreReportedAtTheFirst()
    {
        var text = "\u0001\u0002ab\u0003";

        Assert.Equal("3 of its first 5 characters are NUL or other control characters", BinaryText.Reason(text, out var offset));
        Assert.Equal(0, offset);
    }

    [Theory]
    [InlineData("Library hours\n\nOpen late on Thurs\0days from May.\n")]
    [InlineData("Short\n\nA\u001B[0m b.\n")]
    [InlineData("Short\n\nA\u001B[0m b\u001B[1m c\u0007.\n")]
    public void AFewStrayCharacters_InAShortSeed_AreText(string text)
        => Assert.Null(BinaryText.Reason(text, out _));

    [Theory]
    [InlineData("\u0001\u0002\u0003\u0004 and a little text after them, but not much")]
    [InlineData("ab\0\0\0cd")]
    [InlineData("PK\0\u0003 not text, however many words follow the two marks")]
    public void FourStrayCharacters_TwoInARow_OrAQuarterOfAShortText_AreBinary(string text)
        => Assert.NotNull(BinaryText.Reason(text, out _));
}
