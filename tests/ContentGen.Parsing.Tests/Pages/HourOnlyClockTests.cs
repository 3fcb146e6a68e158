using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Datelines that print the hour alone, on the hour: "18 Uhr", "à 18h", "a las 18 h", "om 18 uur", "at 6pm". The hour
/// is the time of publication at minute zero; a bare number after the date with no hour's word is no time, nor is an age ("3 hrs ago", "il y a 3 h").
/// </summary>
public sealed class HourOnlyClockTests
{
    [Theory]
    [InlineData("12. März 2024, 18 Uhr", "2024-03-12T18:00")]
    [InlineData("Publié le 12 mars 2024 à 18h", "2024-03-12T18:00")]
    [InlineData("Le 12/03/2024 à 9H", "2024-03-12T09:00")]
    [InlineData("Publicado el 12 de marzo de 2024 a las 18 h", "2024-03-12T18:00")]
    [InlineData("12/03/2024 às 18h", "2024-03-12T18:00")]
    [InlineData("12 maart 2024 om 18 uur", "2024-03-12T18:00")]
    [InlineData("Published 12 March 2024 at 6pm", "2024-03-12T18:00")]
    [InlineData("12 March 2024, 11 am", "2024-03-12T11:00")]
    [InlineData("12 mars 2024 à 18 heures", "2024-03-12T18:00")]
    public void AnHourAlone_GivesTheTimeOnTheHour(string line, string expected)
        => Assert.Equal(expected, DateReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("12 mars 2024 3 commentaires", "2024-03-12")]
    [InlineData("12. März 2024, 25 Uhr", "2024-03-12")]
    [InlineData("12 March 2024, 14pm", "2024-03-12")]
    [InlineData("12 de marzo de 2024 - 5 min", "2024-03-12")]
    [InlineData("Feb 4, 2025 Updated 3 hrs ago", "2025-02-04")]
    [InlineData("12 mars 2024, mis à jour il y a 3 h", "2024-03-12")]
    [InlineData("12.03.2024, aktualisiert vor 3 h", "2024-03-12")]
    [InlineData("12 maart 2024, bijgewerkt 3 uur geleden", "2024-03-12")]
    [InlineData("12 de marzo de 2024, actualizado hace 3 h", "2024-03-12")]
    public void ANumberWithNoHoursWord_OrNoHour_GivesNoTime(string line, string expected)
        => Assert.Equal(expected, DateReader.Read(line.AsSpan()));
}
