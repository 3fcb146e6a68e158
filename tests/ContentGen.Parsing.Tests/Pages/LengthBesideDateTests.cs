using ContentGen.Parsing;
using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A podcast's or a video's page prints its length beside its day: "Duur: 23:14 · 2 december 2026", "Durée : 1 h 05 ·
/// …", "2 December 2026 · 23:14 min". The clock there is minutes and seconds, no time of publication: the day alone is
/// read. A clock with no length's label before it and no minute's unit after it is still the stamp's time.
/// </summary>
public sealed class LengthBesideDateTests
{
    [Theory]
    [InlineData("Length: 23:14 · 2 December 2026", "2026-12-02")]
    [InlineData("Duration: 12:05 | Dec 2, 2026", "2026-12-02")]
    [InlineData("Runtime 1:12 - 2 December 2026", "2026-12-02")]
    [InlineData("Durée : 23:14 · 2 décembre 2026", "2026-12-02")]
    [InlineData("Durée : 1 h 05 · 2 décembre 2026", "2026-12-02")]
    [InlineData("Dauer: 23:14 · 2. Dezember 2026", "2026-12-02")]
    [InlineData("Länge: 08:40 – 02.12.2026", "2026-12-02")]
    [InlineData("Laufzeit 18:10 · 2. Dezember 2026", "2026-12-02")]
    [InlineData("Duración: 23:14 · 2 de diciembre de 2026", "2026-12-02")]
    [InlineData("Durata: 23:14 · 2 dicembre 2026", "2026-12-02")]
    [InlineData("Duração: 23:14 · 2 de dezembro de 2026", "2026-12-02")]
    [InlineData("Duur: 23:14 · 2 december 2026", "2026-12-02")]
    [InlineData("Lengte: 17:30 · 02-12-2026", "2026-12-02")]
    [InlineData("Speelduur 15:00 · 2 december 2026", "2026-12-02")]
    public void AClockAfterALengthsLabel_IsNoTime_TheDayIsRead(string line, string expected)
        => Assert.Equal(expected, DateReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("2 December 2026 · 23:14 min", "2026-12-02")]
    [InlineData("2 décembre 2026 · 23:14 min", "2026-12-02")]
    [InlineData("2. Dezember 2026 · 23:14 Minuten", "2026-12-02")]
    [InlineData("2 de diciembre de 2026 · 23:14 minutos", "2026-12-02")]
    [InlineData("2 dicembre 2026 · 23:14 minuti", "2026-12-02")]
    [InlineData("2 de dezembro de 2026 · 23:14 min", "2026-12-02")]
    [InlineData("2 december 2026 · 23:14 min", "2026-12-02")]
    [InlineData("23:14 min · 2 december 2026", "2026-12-02")]
    public void ARunningTime_AClockWithAMinutesUnit_IsNoTime(string line, string expected)
        => Assert.Equal(expected, DateReader.Read(line.AsSpan()));

    // A stamp's clock has no length's label before it and no minute's unit after it: it stays the time.
    [Theory]
    [InlineData("Published: 2 December 2026, 23:14", "2026-12-02T23:14")]
    [InlineData("2 December 2026 23:14", "2026-12-02T23:14")]
    [InlineData("Mis à jour le 2 décembre 2026 à 23:14", "2026-12-02T23:14")]
    [InlineData("Publié le 2 décembre 2026 à 23h14", "2026-12-02T23:14")]
    [InlineData("Stand: 02.12.2026, 23:14 Uhr", "2026-12-02T23:14")]
    [InlineData("2. Dezember 2026, 23:14 Uhr", "2026-12-02T23:14")]
    [InlineData("Publicado el 2 de diciembre de 2026 a las 23:14", "2026-12-02T23:14")]
    [InlineData("Pubblicato il 2 dicembre 2026 alle 23:14", "2026-12-02T23:14")]
    [InlineData("Publicado em 2 de dezembro de 2026 às 23h14", "2026-12-02T23:14")]
    [InlineData("Gepubliceerd op 2 december 2026 om 23:14", "2026-12-02T23:14")]
    [InlineData("2 december 2026 23:14", "2026-12-02T23:14")]
    public void AStampsClock_WithNoLengthsLabel_IsStillTheTime(string line, string expected)
        => Assert.Equal(expected, DateReader.Read(line.AsSpan()));

    // The length's clock is passed over, a stamp's clock on the same line still read.
    [Theory]
    [InlineData("2 December 2026, 18:05 · Duration: 23:14", "2026-12-02T18:05")]
    [InlineData("Duur: 23:14 · 2 december 2026 om 18:05", "2026-12-02T18:05")]
    [InlineData("Dauer: 23:14 · 2. Dezember 2026, 18:05 Uhr", "2026-12-02T18:05")]
    public void AStampsClock_BesideALength_IsStillTheTime(string line, string expected)
        => Assert.Equal(expected, DateReader.Read(line.AsSpan()));

    // A label's word that is not right before the clock makes no length: "Duration of the talk 2 December 2026, 18:05".
    [Theory]
    [InlineData("Length of the session: 2 December 2026, 18:05", "2026-12-02T18:05")]
    [InlineData("Durée de l'audience : 2 décembre 2026 à 18h05", "2026-12-02T18:05")]
    public void ALengthsWord_FarFromTheClock_TakesNothing(string line, string expected)
        => Assert.Equal(expected, DateReader.Read(line.AsSpan()));

    // An episode's page: the line with its length and day under the headline dates it, to the day.
    [Theory]
    [InlineData("en", "Length: 23:14 · 2 December 2026")]
    [InlineData("fr", "Durée : 23:14 · 2 décembre 2026")]
    [InlineData("de", "Dauer: 23:14 · 2. Dezember 2026")]
    [InlineData("es", "Duración: 23:14 · 2 de diciembre de 2026")]
    [InlineData("it", "Durata: 23:14 · 2 dicembre 2026")]
    [InlineData("pt", "Duração: 23:14 · 2 de dezembro de 2026")]
    [InlineData("nl", "Duur: 23:14 · 2 december 2026")]
    public void AnEpisodesLengthAndDay_UnderTheHeadline_DateThePageToTheDay(string language, string line)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], line, p[1], p[2], p[3]));

        Assert.Equal("2026-12-02", article.Published);
        Assert.Equal(p.Skip(1), article.Paragraphs.Select(x => x.Text));
    }
}
