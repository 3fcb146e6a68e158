using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Bylines as templates glue them to what follows: a byline that runs on into its dateline and update stamp past a
/// dash, a name over a dateline that opens with the town it was filed from ("Alcalá de Henares, 17/03/2025"), a byline's
/// words under the dateline ("Scritto da"), and a wire's agency after a slash in its own lower case ("/ dpa").
/// </summary>
public sealed class BylineRunOnAndPlaceTests
{
    [Theory]
    [InlineData("Par Jean Dupont - Le 14/05/2024 à 06h30 - Mis à jour le 14/05/2024 à 09h12 - Lecture 4 min", "Jean Dupont")]
    [InlineData("Por María López - 14/05/2024 a las 06:30 - Actualizado el 14/05/2024 a las 09:12 - 4 min", "María López")]
    [InlineData("Von Jürgen Albers | 14.05.2024, 06:30 Uhr | Aktualisiert am 14.05.2024, 09:12 Uhr | 4 Min.", "Jürgen Albers")]
    public void ALongBylineThatRunsIntoItsDateline_NamesTheWriter(string line, string expected)
        => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    [Fact]
    public void ALongBylineWithNoDatelineAfterADash_NamesNobody()
        => Assert.Null(AuthorReader.Read("Par Jean Dupont - un reportage au long cours sur les bacs de la Loire et ceux qui les font traverser".AsSpan()));

    [Theory]
    [InlineData("Jürgen Albers / dpa", "Jürgen Albers")]
    [InlineData("Jürgen Albers / epd", "Jürgen Albers")]
    public void ANameOverAListedAgencyInLowerCase_IsTheWriter(string line, string expected)
        => Assert.Equal(expected, AuthorReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("es", "Lucía Barrantes\nAlcalá de Henares, 17/03/2025 - 08:20h", "Lucía Barrantes", "2025-03-17T08:20")]
    [InlineData("fr", "Jean Dupont\nSaint-Jean de Luz, le 12 mars 2024", "Jean Dupont", "2024-03-12")]
    [InlineData("it", "Marco Rossi\nReggio Emilia, 12 marzo 2024", "Marco Rossi", "2024-03-12")]
    [InlineData("it", "12/03/2024 - 18:05\nScritto da Marco Rossi", "Marco Rossi", "2024-03-12T18:05")]
    [InlineData("nl", "12 maart 2024, 18:05\nGeschreven door Pieter de Vries", "Pieter de Vries", "2024-03-12T18:05")]
    public void ANameOverItsTownAndDate_OrABylineUnderTheDate_NamesTheWriter(string language, string meta, string author, string published)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], meta, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(author, article.Author);
        Assert.Equal(published, article.Published);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }
}
