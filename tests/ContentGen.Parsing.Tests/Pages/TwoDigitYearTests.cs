using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Many templates print the year in two digits ("14/03/24", "14.03.24", "14-03-24"): read as this century's up to
/// '49, as .NET's calendars read them; only with two digits in each part, as such templates print
/// them ("3/9/24" may be a version or a score as well). A longer run of numbers (a phone number "06-12-24-55-10", an address
/// "10.12.24.5") and a two-digit date in prose give none.
/// </summary>
public sealed class TwoDigitYearTests
{
    [Theory]
    [InlineData("14/03/24 10:05", "2024-03-14T10:05")]
    [InlineData("Publié le 14/03/24 à 07h30 - Mis à jour le 14/03/24 à 18h12", "2024-03-14T07:30")]
    [InlineData("Stand: 14.03.24, 16:05 Uhr", "2024-03-14T16:05")]
    [InlineData("14-03-24 | 09:40", "2024-03-14T09:40")]
    [InlineData("Publicado em 13/03/24 às 22h05", "2024-03-13T22:05")]
    [InlineData("14/03/24 - 12:30", "2024-03-14T12:30")]
    [InlineData("14-03-24, 09:12", "2024-03-14T09:12")]
    [InlineData("Published: 03/09/24", "2024-09-03")]
    [InlineData("Pubblicato il 05.11.98", "1998-11-05")]
    [InlineData("12/31/24", "2024-12-31")]
    public void TwoDigitYear_ReadsAsIso8601(string line, string expected) => Assert.Equal(expected, DateReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("Tél. 06-12-24-55-10")]
    [InlineData("Serveur 10.12.24.5")]
    [InlineData("Score 3-1-24")]
    [InlineData("31/02/24")]
    [InlineData("14/13/24")]
    [InlineData("Version 2.10.24")]
    [InlineData("Published: 3/9/24")]
    public void OtherNumberRuns_GiveNone(string line) => Assert.Null(DateReader.Read(line.AsSpan()));
}
