using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// What counts as a time and a day of the month: hours 0 to 23 and minutes 0 to 59, midnight and
/// the full hour included; days 1 to 31. Out of range, the date stands without its time, or there
/// is no date.
/// </summary>
public sealed class ClockAndDayRangeTests
{
    [Theory]
    [InlineData("12 March 2024 at 00:00", "2024-03-12T00:00")]
    [InlineData("12 March 2024 at 14:00", "2024-03-12T14:00")]
    [InlineData("12 March 2024 at 23:59", "2024-03-12T23:59")]
    [InlineData("12 March 2024 at 24:00", "2024-03-12")]
    [InlineData("12 March 2024 at 14:60", "2024-03-12")]
    public void ATime_IsAnHourOfTheDayAndAMinuteOfTheHour(string line, string expected)
        => Assert.Equal(expected, DateReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("1 March 2024", "2024-03-01")]
    [InlineData("31 March 2024", "2024-03-31")]
    [InlineData("32 March 2024", null)]
    public void ADay_IsOneToThirtyOne(string line, string? expected)
        => Assert.Equal(expected, DateReader.Read(line.AsSpan()));
}
