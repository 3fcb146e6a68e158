using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Where a date's time may stand (within the three words after the date, both its hour and its
/// minutes; or just before it, midnight included), what breaks a numeric date (a space after a
/// separator), a date that ends the line early, and abbreviated months: read from three letters
/// on when every language's month that starts so is the same one.
/// </summary>
public sealed class DateReachAndAbbreviationTests
{
    [Theory]
    [InlineData("12 March 2024 at 14:30", "2024-03-12T14:30")]
    [InlineData("12 March 2024 at about 14:30", "2024-03-12")]
    [InlineData("12 mars 2024 à jour 18h05", "2024-03-12T18:05")]
    [InlineData("12 mars 2024 mis à jour 18h05", "2024-03-12")]
    [InlineData("Alexandre Martin 00h15, le 31 décembre 2022", "2022-12-31T00:15")]
    public void TheTime_StandsRightAfterTheDate_OrJustBeforeIt(string line, string expected) => Assert.Equal(expected, DateReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("12/ 03/2024")]
    [InlineData("Published March 12")]
    [InlineData("12 Jui 2024")] // juin or juillet
    public void NoDate(string line) => Assert.Null(DateReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("12 Mar 2024", "2024-03-12")]
    [InlineData("12 Sept 2024", "2024-09-12")]
    [InlineData("12 Jul 2024", "2024-07-12")]
    public void AnAbbreviatedMonth_IsReadWhenItNamesOneMonth(string line, string expected) => Assert.Equal(expected, DateReader.Read(line.AsSpan()));
}
