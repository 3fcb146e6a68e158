using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A dateline gives its time after the date, joined by each language's words for "at": one word in
/// most ("à", "um", "alle", "às", "om", "at"), two in Spanish ("a las"). The time is read in all of them.
/// </summary>
public sealed class DatelineTimeWordsTests
{
    [Theory]
    [InlineData("Published 15 March 2024 at 12:30", "2024-03-15T12:30")]
    [InlineData("Publié le 15 mars 2024 à 12h30", "2024-03-15T12:30")]
    [InlineData("Veröffentlicht am 15. März 2024 um 12:30 Uhr", "2024-03-15T12:30")]
    [InlineData("Publicado el 15 de marzo de 2024 a las 12:30", "2024-03-15T12:30")]
    [InlineData("Actualizado el 15 de marzo de 2024 a las 9:05 horas", "2024-03-15T09:05")]
    [InlineData("Pubblicato il 15 marzo 2024 alle 12:30", "2024-03-15T12:30")]
    [InlineData("Publicado em 15 de março de 2024 às 12h30", "2024-03-15T12:30")]
    [InlineData("Gepubliceerd 15 maart 2024 om 12:30 uur", "2024-03-15T12:30")]
    public void ATimeAfterTheDate_IsRead_WhateverTheWordsBetween(string line, string expected)
        => Assert.Equal(expected, DateReader.Read(line.AsSpan()));

    // A number further on is no time of the date: "… 2024 - Lectura de 5 minutos" gives the day only.
    [Theory]
    [InlineData("15 de marzo de 2024 - lectura de 5 min", "2024-03-15")]
    [InlineData("15 March 2024, 3 comments, 12 shares", "2024-03-15")]
    public void ANumberThatIsNoClockTime_AfterTheDate_GivesTheDayOnly(string line, string expected)
        => Assert.Equal(expected, DateReader.Read(line.AsSpan()));
}
