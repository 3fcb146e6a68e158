using System.Text;
using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests;

/// <summary>Decoding seed bytes: UTF-8 with replacement characters, the first bad byte located.</summary>
public sealed class SeedTextTests
{
    [Fact]
    public void ValidUtf8_DecodesWithoutProblem()
    {
        var decoded = SeedText.Decode(Encoding.UTF8.GetBytes("Café «ouvert»\nSecond line"));
        Assert.Equal("Café «ouvert»\nSecond line", decoded.Text);
        Assert.Null(decoded.Problem);
    }

    [Fact]
    public void ByteOrderMark_IsDropped()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF, (byte)'H', (byte)'i' };
        Assert.Equal("Hi", SeedText.Decode(bytes).Text);
    }

    [Fact]
    public void Latin1Byte_BecomesReplacementCharacter_AndIsReportedAtItsLineAndColumn()
    {
        // "Title\r\n" then "a \xA3" + "5m fee": a pound sign written as one Latin-1 byte.
        var bytes = Encoding.ASCII.GetBytes("Title\r\nPaid a ").Concat(new byte[] { 0xA3 }).Concat(Encoding.ASCII.GetBytes("5m fee")).ToArray();
        var decoded = SeedText.Decode(bytes);

        Assert.Equal("Title\r\nPaid a \uFFFD5m fee", decoded.Text);
        var problem = Assert.IsType<Problem>(decoded.Problem);
        Assert.Equal(ProblemKind.InvalidText, problem.Kind);
        Assert.Equal(2, problem.Position.Line);
        Assert.Equal(8, problem.Position.Column);
        Assert.Equal(decoded.Text.IndexOf('\uFFFD'), problem.Position.Offset);
    }

    [Fact]
    public void TruncatedSequenceBeforeNewline_IsReported()
    {
        // A two-byte "à" cut after its first byte, as a wrapping dump can leave it.
        var bytes = Encoding.UTF8.GetBytes("un\n").Concat(new byte[] { 0xC3, (byte)'\n' }).Concat(Encoding.UTF8.GetBytes("suite")).ToArray();
        var decoded = SeedText.Decode(bytes);

        Assert.Equal(2, decoded.Problem!.Position.Line);
        Assert.Equal(1, decoded.Problem.Position.Column);
        Assert.Contains('\uFFFD', decoded.Text);
    }

    [Fact]
    public void EmptyOrNull_GivesEmptyText()
    {
        Assert.Equal(string.Empty, SeedText.Decode(Array.Empty<byte>()).Text);
        Assert.Equal(string.Empty, SeedText.Decode(null).Text);
    }

    [Fact]
    public void ReplacementCharacterInText_IsReportedByTheParser()
    {
        var article = ArticleParser.Parse("A headline for the test\n\nThe fee was \uFFFD5m in the end, officials said.");
        var problem = Assert.Single(article.Problems);
        Assert.Equal(ProblemKind.InvalidText, problem.Kind);
        Assert.Equal(3, problem.Position.Line);
        Assert.Equal(13, problem.Position.Column);
    }
}
