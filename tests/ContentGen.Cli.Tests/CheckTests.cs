using ContentGen.Cli.Tests.Infrastructure;

namespace ContentGen.Cli.Tests;

/// <summary><c>contentgen check</c>: the generator's diagnostics in the compiler's format, and the exit code CI relies on.</summary>
public sealed class CheckTests
{
    [Fact]
    public void CleanSeeds_PrintNothingAndExitZero()
    {
        var result = Tool.Run("check", Tool.SeedsFolder);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Output);
        Assert.Equal("1 file checked: 0 errors, 0 warnings\n", result.Error);
    }

    [Fact]
    public void UnclosedQuote_IsAWarningLineAtItsMark_AndExitsZero()
    {
        using var folder = new TempFolder();
        var ferry = folder.Write("ferry.txt", "Ferry timetable changes next week\n\nThe captain said « we sail at dawn on Sundays.\n");

        var result = Tool.Run("check", folder.Path);

        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(result.OutputLines);
        Assert.StartsWith(ferry + "(3,18): warning CG0004: The quotation starting '", line, StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryFile_IsAnErrorLine_AndExitsOne()
    {
        using var folder = new TempFolder();
        var binary = folder.Write("binary.txt", "PK\u0003\u0004\u0014\0\u0008\0 word/document.xml");

        var result = Tool.Run("check", folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [binary + "(1,1): error CG0007: 'binary.txt' is not text (a ZIP archive (a DOCX file is one)), so it is skipped; remove it from the seeds"],
            result.OutputLines);
        Assert.Equal("1 file checked: 1 error, 0 warnings\n", result.Error);
    }

    [Fact]
    public void Diagnostics_AreInPathOrder_WithLfLineEnds()
    {
        using var folder = new TempFolder();
        var second = folder.Write("b/stray.txt", "Harbour reopens to ferries this spring\n\nThe ferries return » in April, officials said.\n");
        var first = folder.Write("a/empty.txt", "\n");

        var result = Tool.Run("check", folder.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Collection(
            result.OutputLines,
            line => Assert.StartsWith(first + "(1,1): warning CG0001: ", line, StringComparison.Ordinal),
            line => Assert.StartsWith(second + "(3,20): warning CG0005: ", line, StringComparison.Ordinal));
        Assert.DoesNotContain('\r', result.Output);
    }
}
