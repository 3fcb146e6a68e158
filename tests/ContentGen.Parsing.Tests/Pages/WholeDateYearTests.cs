using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A life's span under an obituary's name ("* 3. Mai 1931 † 27. Februar 2025") gives each half's year only when the half is
/// one whole date and nothing more: a date with a time, a month without a day, or a day that does not exist gives none.
/// </summary>
public sealed class WholeDateYearTests
{
    [Theory]
    [InlineData("3 May 1931", 1931)]
    [InlineData("3 mai 1931", 1931)]
    [InlineData("3. Mai 1931", 1931)]
    [InlineData("4 de mayo de 1931", 1931)]
    [InlineData("12 aprile 1931", 1931)]
    [InlineData("4 de maio de 1931", 1931)]
    [InlineData("4 mei 1931", 1931)]
    [InlineData("3.5.1931", 1931)]
    [InlineData("27/02/2025", 2025)]
    public void OneWholeDate_GivesItsYear(string text, int year)
        => Assert.Equal(year, DateReader.YearOfWholeDate(text));

    [Theory]
    [InlineData("3. Mai 1931, 10:15 Uhr")] // a time after it: a dateline, not a date alone
    [InlineData("Mai 1931")]               // no day
    [InlineData("1931")]                   // a year alone is no whole date
    [InlineData("31 febbraio 2025")]       // no such day
    [InlineData("4 mei 1931 in Zwolle")]   // words after it
    [InlineData("")]
    public void AnythingElse_GivesNone(string text)
        => Assert.Equal(0, DateReader.YearOfWholeDate(text));
}
