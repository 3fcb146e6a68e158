using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>Datelines in each language read as ISO 8601, with the time when given; relative dates give none.</summary>
public sealed class DateReaderTests
{
    [Theory]
    [InlineData("12 March 2024", "2024-03-12")]
    [InlineData("First published on Tue 12 Mar 2024 18.05 GMT", "2024-03-12T18:05")]
    [InlineData("12/03/2024", "2024-03-12")]
    [InlineData("Publié le 12/03/2024 à 18h05", "2024-03-12T18:05")]
    [InlineData("12. März 2024", "2024-03-12")]
    [InlineData("12 de marzo de 2024", "2024-03-12")]
    [InlineData("12. März 2024, 14:30 Uhr", "2024-03-12T14:30")]
    [InlineData("12 de marzo de 2024 - 10:45", "2024-03-12T10:45")]
    [InlineData("12 marzo 2024", "2024-03-12")]
    [InlineData("Publicado em 12 de março de 2024, às 08:20", "2024-03-12T08:20")]
    [InlineData("Gepubliceerd: 12 maart 2024, 16:40", "2024-03-12T16:40")]
    [InlineData("March 3, 2024 at 6:12 p.m. EST", "2024-03-03T18:12")]
    [InlineData("Published 14 March 2024, 09:15 GMT", "2024-03-14T09:15")]
    [InlineData("Par Claire Morel avec AFP - 14 mars 2023 à 09:40 | mis à jour", "2023-03-14T09:40")]
    [InlineData("Publié le 1er janvier 2023", "2023-01-01")]
    [InlineData("2024-03-12", "2024-03-12")]
    [InlineData("12.03.2024", "2024-03-12")]
    [InlineData("Publié8 décembre 2022, 19:01", "2022-12-08T19:01")]
    [InlineData("Alexandre Martin 08h14, le 3 mars 2023, modifié à 09h02", "2023-03-03T08:14")]
    [InlineData("12/31/2024", "2024-12-31")]
    public void Dateline_ReadsAsIso8601(string line, string expected) => Assert.Equal(expected, DateReader.Read(line.AsSpan()));

    // Every language's last three months: a month list longer than twelve would shift them.
    [Theory]
    [InlineData("6 October 2022", "2022-10-06")]
    [InlineData("6 décembre 2022", "2022-12-06")]
    [InlineData("6. Dezember 2022", "2022-12-06")]
    [InlineData("6 de octubre de 2022", "2022-10-06")]
    [InlineData("6 de noviembre de 2022", "2022-11-06")]
    [InlineData("6 de diciembre de 2022", "2022-12-06")]
    [InlineData("6 dicembre 2022", "2022-12-06")]
    [InlineData("6 de dezembro de 2022", "2022-12-06")]
    [InlineData("6 december 2022", "2022-12-06")]
    public void TheYearsLastMonths_ReadRight(string line, string expected) => Assert.Equal(expected, DateReader.Read(line.AsSpan()));

    [Fact]
    public void EveryLexicon_NamesTwelveMonths()
        => Assert.All(ContentGen.Parsing.Lexicons.Lexicon.All, lexicon => Assert.Equal(12, lexicon.Months.Length));

    [Theory]
    [InlineData("Updated 3 hours ago")]
    [InlineData("Il y a 6 jours")]
    [InlineData("Vor 2 Stunden")]
    [InlineData("Hace 5 minutos")]
    [InlineData("Saturday, 12 March")]
    [InlineData("31/02/2024")]
    [InlineData("13/13/2024")]
    [InlineData("The 400 new homes")]
    [InlineData("")]
    public void NoAbsoluteDate_GivesNone(string line) => Assert.Null(DateReader.Read(line.AsSpan()));

    [Fact]
    public void LongLine_IsNoDateline()
    {
        var line = string.Join(" ", Enumerable.Repeat("word", 30)) + " 12 March 2024";
        Assert.Null(DateReader.Read(line.AsSpan()));
    }
}
