using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A time on the twelve-hour clock after the date: "pm" and "p.m." count the hours from noon,
/// 12 a.m. is midnight and 12 p.m. noon; a lone "a" or "p" at the line's end marks nothing.
/// </summary>
public sealed class TwelveHourClockTests
{
    [Theory]
    [InlineData("March 3, 2024, 6:12 pm", "2024-03-03T18:12")]
    [InlineData("March 3, 2024, 6:12 PM", "2024-03-03T18:12")]
    [InlineData("March 3, 2024, 6:12 p.m.", "2024-03-03T18:12")]
    [InlineData("March 3, 2024, 6:12 am", "2024-03-03T06:12")]
    [InlineData("March 3, 2024, 6:12 a.m.", "2024-03-03T06:12")]
    [InlineData("March 3, 2024, 12:30 pm", "2024-03-03T12:30")]
    [InlineData("March 3, 2024, 12:30 p.m.", "2024-03-03T12:30")]
    [InlineData("March 3, 2024, 12:30 am", "2024-03-03T00:30")]
    [InlineData("March 3, 2024, 12:30 a.m.", "2024-03-03T00:30")]
    [InlineData("March 3, 2024, 18:12 pm", "2024-03-03T18:12")]
    public void TheAfternoonAndMidnight(string line, string expected) => Assert.Equal(expected, DateReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("March 3, 2024, 6:12 p", "2024-03-03T06:12")]
    [InlineData("March 3, 2024, 6:12 a", "2024-03-03T06:12")]
    [InlineData("March 3, 2024, 12:30 a", "2024-03-03T12:30")]
    public void ALoneLetterAtTheEnd_MarksNothing(string line, string expected) => Assert.Equal(expected, DateReader.Read(line.AsSpan()));
}
