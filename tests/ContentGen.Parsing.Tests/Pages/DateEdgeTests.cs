using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// The edges of a date: the years a news page can carry, days that the month does not have,
/// ordinal days in each spelling, and numbers that only look like a day.
/// </summary>
public sealed class DateEdgeTests
{
    // A page is dated from 1900 to 2100; a number outside that is an amount, not a year.
    [Theory]
    [InlineData("12 March 1900", "1900-03-12")]
    [InlineData("12 March 2100", "2100-03-12")]
    [InlineData("12/03/1900", "1900-03-12")]
    [InlineData("12/03/2100", "2100-03-12")]
    public void YearsAtTheEdgesOfTheRange_AreRead(string line, string expected) => Assert.Equal(expected, DateReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("12 March 1899")]
    [InlineData("12 March 2101")]
    [InlineData("12/03/1899")]
    [InlineData("12/03/2101")]
    public void YearsOutsideTheRange_GiveNoDate(string line) => Assert.Null(DateReader.Read(line.AsSpan()));

    // The calendar decides: 29 February exists in leap years only, 31 April never.
    [Theory]
    [InlineData("29 February 2024", "2024-02-29")]
    [InlineData("31 March 2024", "2024-03-31")]
    [InlineData("1 March 2024", "2024-03-01")]
    public void DaysTheMonthHas_AreRead(string line, string expected) => Assert.Equal(expected, DateReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("29 February 2023")]
    [InlineData("31 April 2024")]
    [InlineData("32 March 2024")]
    [InlineData("0 March 2024")]
    [InlineData("123 March 2024")]
    [InlineData("30/02/2024")]
    public void DaysTheMonthDoesNotHave_GiveNoDate(string line) => Assert.Null(DateReader.Read(line.AsSpan()));

    // English and French ordinals, in either case; any other letters after the digits make no day.
    [Theory]
    [InlineData("March 1st, 2024", "2024-03-01")]
    [InlineData("March 2nd, 2024", "2024-03-02")]
    [InlineData("March 3rd, 2024", "2024-03-03")]
    [InlineData("March 4th, 2024", "2024-03-04")]
    [InlineData("March 21ST, 2024", "2024-03-21")]
    [InlineData("1er mars 2024", "2024-03-01")]
    public void OrdinalDays_AreRead(string line, string expected) => Assert.Equal(expected, DateReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("March 4kg, 2024")]
    [InlineData("March 4x, 2024")]
    public void DigitsWithOtherLetters_AreNoDay(string line) => Assert.Null(DateReader.Read(line.AsSpan()));

    // A line that ends on a number, or on a separator, is read to its end and no further.
    [Theory]
    [InlineData("Updated 12")]
    [InlineData("Published 12/03")]
    [InlineData("Published 12/03/")]
    public void ALineEndingOnANumber_GivesNoDate(string line) => Assert.Null(DateReader.Read(line.AsSpan()));
}
