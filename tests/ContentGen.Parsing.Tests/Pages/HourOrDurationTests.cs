using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// An hour printed alone after the date ("18 Uhr", "18h") is the time on the hour; the same number and letter run on by
/// a word ("3 h de lecture", "2 hrs read", "2 Std. Lesezeit") say how long something takes, and the date stands alone.
/// </summary>
public sealed class HourOrDurationTests
{
    [Theory]
    [InlineData("12 mars 2024 3 h de lecture", "2024-03-12")]
    [InlineData("12 mars 2024 3h de lecture", "2024-03-12")]
    [InlineData("Published 12 March 2024 2 hrs read", "2024-03-12")]
    [InlineData("12 de marzo de 2024 2 horas de lectura", "2024-03-12")]
    [InlineData("12 maart 2024 2 uur leestijd", "2024-03-12")]
    public void AnHourRunOnByAWord_IsADuration_AndTheDateStandsAlone(string line, string expected)
        => Assert.Equal(expected, DateReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("12 mars 2024 à 18 h", "2024-03-12T18:00")]
    [InlineData("12 mars 2024 à 18h - mis à jour à 19h", "2024-03-12T18:00")]
    [InlineData("28.10.2025, 16 Uhr", "2025-10-28T16:00")]
    [InlineData("12 de marzo de 2024, a las 18 horas", "2024-03-12T18:00")]
    [InlineData("12 maart 2024 om 18 uur", "2024-03-12T18:00")]
    [InlineData("12 mars 2024, 18h, Paris", "2024-03-12T18:00")]
    public void AnHourAloneOrBeforePunctuation_IsTheTime(string line, string expected)
        => Assert.Equal(expected, DateReader.Read(line.AsSpan()));
}
