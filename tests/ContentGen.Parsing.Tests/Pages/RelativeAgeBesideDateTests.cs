using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 54: a relative age printed beside the absolute date ("il y a 3 h · 12/03/2024"): the hour's letter and the
/// date's day are no "18 h 05" clock, so the date reads alone; a spaced clock before a date in words still reads.
/// </summary>
public sealed class RelativeAgeBesideDateTests
{
    [Theory]
    [InlineData("il y a 3 h · 12/03/2024", "2024-03-12")]
    [InlineData("hace 5 h · 12/03/2024", "2024-03-12")]
    [InlineData("há 2 h | 12.03.2024", "2024-03-12")]
    public void AnAgeInHoursBeforeADateInFigures_GivesNoTime(string line, string expected)
        => Assert.Equal(expected, DateReader.Read(line.AsSpan()));

    // Guard: "18 h 05" before or after a date is still the article's time.
    [Theory]
    [InlineData("Publié le 12 mars 2024 à 18 h 05", "2024-03-12T18:05")]
    [InlineData("18 h 05, le 12 mars 2024", "2024-03-12T18:05")]
    public void ASpacedClock_StillReads(string line, string expected)
        => Assert.Equal(expected, DateReader.Read(line.AsSpan()));
}
