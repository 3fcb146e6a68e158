using ContentGen.Parsing.Text;

namespace ContentGen.Parsing.Tests.Text;

/// <summary>The value of a number written in digits, up to a length the caller sets: a date's year, a gallery's count.</summary>
public sealed class DigitsTests
{
    [Theory]
    [InlineData("7", 4, 7)]
    [InlineData("09", 4, 9)]
    [InlineData("2026", 4, 2026)]
    [InlineData("20260", 4, -1)]
    [InlineData("120", 3, 120)]
    [InlineData("1200", 3, -1)]
    [InlineData("", 4, -1)]
    [InlineData("3a", 4, -1)]
    [InlineData("-3", 4, -1)]
    [InlineData("٣", 4, -1)]
    public void Value_ReadsAsciiDigitsAlone_NoLongerThanAsked(string text, int maxDigits, int expected)
        => Assert.Equal(expected, Digits.Value(text.AsSpan(), maxDigits));
}
