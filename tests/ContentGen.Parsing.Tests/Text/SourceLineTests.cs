using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Text;

/// <summary>
/// Lines are read at CR, LF and CRLF and numbered as the compiler numbers them: a NEL, LS or PS
/// inside a line starts the next number there, and every offset stays an offset into the text.
/// </summary>
public sealed class SourceLineTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("a", "0+1#1")]
    [InlineData("a\n", "0+1#1")]
    [InlineData("a\nb", "0+1#1 2+1#2")]
    [InlineData("a\rb", "0+1#1 2+1#2")]
    [InlineData("a\r", "0+1#1")]
    [InlineData("a\r\nb", "0+1#1 3+1#2")]
    [InlineData("\n\n", "0+0#1 1+0#2")]
    [InlineData("\r\r\n\n", "0+0#1 1+0#2 3+0#3")]
    [InlineData("\uFEFFab\ncd", "1+2#1 4+2#2")]
    [InlineData("a\u2028b\nc", "0+3#1 4+1#3")]
    [InlineData("a\u0085b\u2029c\nd\u2028", "0+5#1 6+2#4")]
    public void Split_ReadsAtCrAndLf_AndNumbersAsTheCompiler(string text, string expected)
        => Assert.Equal(expected, string.Join(" ", SourceLine.Split(text).Select(l => $"{l.Offset}+{l.Length}#{l.Number}")));

    [Fact]
    public void PositionAt_StartsANewCompilerLine_AfterEachUnicodeBreak()
    {
        var lines = SourceLine.Split("x\nab\u0085cd\u2029\u2028e");
        var line = lines[1];

        Assert.Equal(new TextPosition(2, 2, 1), line.PositionAt(0));
        Assert.Equal(new TextPosition(4, 2, 3), line.PositionAt(2));
        Assert.Equal(new TextPosition(5, 3, 1), line.PositionAt(3));
        Assert.Equal(new TextPosition(7, 3, 3), line.PositionAt(5));
        Assert.Equal(new TextPosition(8, 4, 1), line.PositionAt(6));
        Assert.Equal(new TextPosition(9, 5, 1), line.PositionAt(7));
    }

    [Fact]
    public void PositionAt_OnALineWithoutUnicodeBreaks_CountsColumnsFromItsStart()
    {
        var line = SourceLine.Split("one\ntwo three")[1];

        Assert.Equal(new TextPosition(8, 2, 5), line.PositionAt(4));
        Assert.Equal(new TextPosition(4, 7, 1), new SourceLine(4, 3, 7).PositionAt(0));
    }

    [Theory]
    [InlineData('\u0085', true)]
    [InlineData('\u2028', true)]
    [InlineData('\u2029', true)]
    [InlineData('\n', false)]
    [InlineData('\u000B', false)]
    [InlineData('\u000C', false)]
    [InlineData(' ', false)]
    public void UnicodeBreaks_AreTheCompilers(char c, bool isBreak)
        => Assert.Equal(isBreak, SourceLine.IsUnicodeBreak(c));

    [Theory]
    [InlineData("x\n  two words \u00A0", "two words", 2)]
    [InlineData("x\ntwo", "two", 0)]
    [InlineData("x\n   ", "", 3)]
    public void Trimmed_DropsTheSpaceAround_AndSaysWhereTheTextStarts(string text, string trimmed, int lead)
    {
        var line = SourceLine.Split(text)[1];

        var segment = new LineSegment(line, text);
        Assert.Equal((trimmed, lead), (segment.ToString(), segment.Lead));
        Assert.Equal(trimmed, segment.Span.ToString());
        Assert.Equal(trimmed, line.TrimmedSpan(text, out var spanLead).ToString());
        Assert.Equal(lead, spanLead);
        Assert.Equal(trimmed.Length == 0, line.IsBlank(text));
        Assert.Equal(text[2..], line.Span(text).ToString());
    }

    [Fact]
    public void Segment_AndBlock_MapTheirIndexesToTheCompilersLines()
    {
        const string Text = "  one\u2028two\nthree";
        var lines = SourceLine.Split(Text);
        var first = new LineSegment(lines[0], Text);
        var block = new TextBlock([first, new LineSegment(lines[1], Text)]);

        Assert.Equal("one\u2028two three", block.Text);
        Assert.Equal(new TextPosition(2, 1, 3), first.Start);
        Assert.Equal(new TextPosition(6, 2, 1), first.PositionAt(4));
        Assert.Equal(new TextPosition(6, 2, 1), block.PositionAt(4));
        Assert.Equal(new TextPosition(10, 3, 1), block.PositionAt(8));
        Assert.Equal(new TextPosition(14, 3, 5), block.PositionAt(12));
        Assert.Equal(2, block.LineCount);
        Assert.Equal(first.Start, block.Start);
    }
}
