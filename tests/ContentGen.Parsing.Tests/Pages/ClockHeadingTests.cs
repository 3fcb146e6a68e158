using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 63 (pfresh2): a heading or a letter's subject that names a thing by its clock time, an article and its noun with
/// the time inside the phrase (the fresh letters page's fourth subject, here in other nouns and times, in every language).
/// Main read each as a dateline for its clock time and set it aside. Guards: a stamp that gives a time with a day, a place,
/// a stamp's word or a newspaper's name stays a dateline, and so does a line with a date in it.
/// </summary>
public sealed class ClockHeadingTests
{
    [Theory]
    [InlineData("The 7:10 bus to Ashford")]
    [InlineData("The 18:45 train from Leeds")]
    [InlineData("A 6:30 start for the market traders")]
    [InlineData("Le bus de 7h10")]
    [InlineData("Le train de 18h45 supprimé")]
    [InlineData("Une réunion à 9h30 sans les parents")]
    [InlineData("Der Bus um 7:10 Uhr")]
    [InlineData("Die Fähre um 18:45 Uhr fällt aus")]
    [InlineData("El autobús de las 7:10")]
    [InlineData("La clase de las 9h30")]
    [InlineData("Il bus delle 7:10")]
    [InlineData("Il treno delle 18:45 soppresso")]
    [InlineData("O autocarro das 7h10")]
    [InlineData("A aula das 9h30")]
    [InlineData("De bus van 7:10 uur")]
    [InlineData("Het pontje van 18:45 uur")]
    public void AnArticleAndItsNounWithATime_IsNoDateline(string heading)
        => Assert.False(PageLines.IsDateline(heading));

    [Theory]
    [InlineData("Today at 7:10 pm")]
    [InlineData("Updated 18:45")]
    [InlineData("Aujourd'hui à 7h10")]
    [InlineData("Londres, 7h10")]
    [InlineData("Le Monde | 07h10")]
    [InlineData("Heute, 7:10 Uhr")]
    [InlineData("Um 7:10 Uhr")]
    [InlineData("Hoy, 7:10")]
    [InlineData("A las 7:10")]
    [InlineData("Oggi alle 7:10")]
    [InlineData("Hoje às 7h10")]
    [InlineData("Vandaag om 7:10 uur")]
    [InlineData("Om 18:45 uur")]
    [InlineData("De 18:45 uur")]
    [InlineData("A las 18:45 horas")]
    [InlineData("Le 12 mars 2024 à 7h10")]
    [InlineData("Der Bus, 12.03.2024, 7:10 Uhr")]
    public void AStampWithATime_IsStillADateline(string line)
        => Assert.True(PageLines.IsDateline(line));

    [Theory]
    [InlineData("The 7:10 bus was late again on Monday, and nobody told the passengers why.")]
    [InlineData("Der Bus um 7:10 Uhr kam wieder zu spät, und niemand sagte den Fahrgästen warum.")]
    [InlineData("O autocarro das 7h10 voltou a chegar atrasado e ninguém explicou porquê.")]
    public void ASentenceWithATime_IsNoDateline(string sentence)
        => Assert.False(PageLines.IsDateline(sentence));
}
