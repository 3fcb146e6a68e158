using System.Text;
using ContentGen.Cli.Tests.Infrastructure;

namespace ContentGen.Cli.Tests;

/// <summary>
/// The tool reads a file as the compiler reads an AdditionalFile: a byte order mark chooses
/// UTF-8, UTF-16 or UTF-32, and a file the compiler cannot read as text is skipped, not misread.
/// (The comparison with a real build, Latin-1 included, is in the package tests.)
/// </summary>
public sealed class EncodingTests
{
    // Non-ASCII before the unclosed mark, so that a wrong decoding moves its column: "«" is the
    // 23rd character of line 3 when "é" and "€" count one each, as they do once decoded.
    private const string Text = "Café prices rise by 2 € this week\n\nThe café € owner said « prices go up on Monday.\n";

    public static TheoryData<string> Encodings => ["utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void FileWithAByteOrderMark_IsReadInItsEncoding(string encoding)
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("cafe.txt", Bytes(encoding, Text));

        var result = Tool.Run("check", path);

        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(result.OutputLines);
        Assert.StartsWith(path + "(3,23): warning CG0004: The quotation starting 'prices go up on Monday.'", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf32File_IsReadAsTheCompilerReadsIt_AsUtf16WhenSmall_AsUtf32WhenLarge()
    {
        // The compiler decodes a file under 40 Ki characters from its bytes, which knows no
        // UTF-32 byte order mark: FF FE reads as UTF-16, and every other character is NUL. A
        // larger file is decoded from a stream, which knows it.
        var large = Text + string.Concat(Enumerable.Repeat("The market opens at nine and closes at six on weekdays.\n\n", 800));
        using var folder = new TempFolder();
        var smallPath = folder.WriteBytes("small/cafe.txt", Bytes("utf-32le-bom", Text));
        var largePath = folder.WriteBytes("large/cafe.txt", Bytes("utf-32le-bom", large));

        var result = Tool.Run("check", smallPath, largePath);

        Assert.Equal(1, result.ExitCode);
        Assert.Collection(
            result.OutputLines,
            line => Assert.StartsWith(largePath + "(3,23): warning CG0004: ", line, StringComparison.Ordinal),
            line => Assert.StartsWith(smallPath + "(1,1): error CG0007: 'cafe.txt' is not text (", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Utf16FileWithAByteOrderMark_GivesTheSameSourceAsUtf8()
    {
        using var folder = new TempFolder();
        var utf8 = folder.WriteBytes("a/cafe.txt", Bytes("utf-8", Text));
        var utf16 = folder.WriteBytes("b/cafe.txt", Bytes("utf-16le-bom", Text));

        var expected = Tool.Run("preview", utf8);
        var actual = Tool.Run("preview", utf16);

        Assert.Equal(0, actual.ExitCode);
        Assert.Contains("\"Café prices rise by 2 € this week\"", actual.Output, StringComparison.Ordinal);
        Assert.Equal(expected.Output, actual.Output);
    }

    [Fact]
    public void FileTheCompilerRefusesAsBinary_IsSkippedWithCG0007()
    {
        // Not UTF-8 (0x89), and two NULs in a row: the compiler's reader gives up on it as binary.
        using var folder = new TempFolder();
        var png = folder.WriteBytes("image.txt", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R']);

        var result = Tool.Run("check", png);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([png + "(1,1): error CG0007: 'image.txt' is not text (the compiler cannot decode it), so it is skipped; remove it from the seeds"], result.OutputLines);
    }

    private static byte[] Bytes(string encoding, string text) => encoding switch
    {
        "utf-8" => new UTF8Encoding(false).GetBytes(text),
        "utf-8-bom" => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)],
        "utf-16le-bom" => [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(text)],
        "utf-16be-bom" => [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes(text)],
        "utf-32le-bom" => [.. Encoding.UTF32.Preamble, .. Encoding.UTF32.GetBytes(text)],
        _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
    };
}
