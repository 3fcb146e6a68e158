namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Regional papers print the writer, the town the article is filed from in one word of title case, then the
/// publication stamp ("Lucía Barrenechea" / "Torrealba" / "Publicado: …"). Over a bare date a word in title case may be
/// a section's label under a headline, so only a stamp's word lets the town stand between.
/// </summary>
public sealed class NameOverTownOverStampTests
{
    [Theory]
    [InlineData("es", "Lucía Barrenechea\nTorrealba\nPublicado: 04/02/2025 - 09:10 h", "Lucía Barrenechea", "2025-02-04T09:10")]
    [InlineData("fr", "Jean Dupont\nQuimper\nPublié le 12/03/2024 à 18h05", "Jean Dupont", "2024-03-12T18:05")]
    [InlineData("it", "Marco Rossi\nBergamo\nPubblicato il 12/03/2024 alle 18:05", "Marco Rossi", "2024-03-12T18:05")]
    [InlineData("pt", "Ana Costa\nBraga\nPublicado em 12/03/2024 às 18h05", "Ana Costa", "2024-03-12T18:05")]
    [InlineData("de", "Jürgen Albers\nHusum\nVeröffentlicht am 12.03.2024, 18:05 Uhr", "Jürgen Albers", "2024-03-12T18:05")]
    [InlineData("nl", "Pieter de Vries\nZwolle\nGepubliceerd op 12 maart 2024 om 18:05", "Pieter de Vries", "2024-03-12T18:05")]
    [InlineData("en", "Jane Roe\nHarbourton\nPublished 12 March 2024, 18:05", "Jane Roe", "2024-03-12T18:05")]
    public void ANameOverItsTownOverTheStamp_NamesTheWriter(string language, string meta, string author, string published)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], meta, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(author, article.Author);
        Assert.Equal(published, article.Published);
    }
}
