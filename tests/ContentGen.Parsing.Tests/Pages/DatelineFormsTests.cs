using ContentGen.Parsing;
using ContentGen.Parsing.Metadata;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Datelines as news sites print them: the first publication's date where an update stamp stands beside it
/// (on its line or the next), clock times written "18.05", "18:05h" or before the date with "PM", and short
/// month names that start no month's name ("mrt", "Mrz").
/// </summary>
public sealed class DatelineFormsTests
{
    [Theory]
    [InlineData("Mis à jour le 13/03/2024 à 07h10 | Publié le 12/03/2024 à 18h05", "2024-03-12T18:05")]
    [InlineData("Aktualisiert am 13.03.2024 | Erstellt am 12.03.2024", "2024-03-12")]
    [InlineData("Updated 13 March 2024, published 12 March 2024", "2024-03-12")]
    [InlineData("Actualizado 13/03/2024 - Publicado 12/03/2024", "2024-03-12")]
    [InlineData("Mis à jour le 13/03/2024 à 07h10", "2024-03-13T07:10")]
    public void OnOneLine_ThePublicationStampWinsOverTheUpdate(string line, string expected)
        => Assert.Equal(expected, DateReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("Tue 12 Mar 2024 18.05 GMT", "2024-03-12T18:05")]
    [InlineData("12.03.2024, 10.45 Uhr", "2024-03-12T10:45")]
    [InlineData("12/03/2024 18:05h", "2024-03-12T18:05")]
    [InlineData("Published: 6:05 PM GMT, 12 March 2024", "2024-03-12T18:05")]
    [InlineData("12 mrt 2024 om 18:05", "2024-03-12T18:05")]
    [InlineData("12. Mrz. 2024", "2024-03-12")]
    [InlineData("12 mrt 2024", "2024-03-12")]
    public void ClockAndMonthForms_AreRead(string line, string expected)
        => Assert.Equal(expected, DateReader.Read(line.AsSpan()));

    [Theory]
    [InlineData("en", "Updated 13 March 2024", "Published 12 March 2024", "2024-03-12")]
    [InlineData("fr", "Mis à jour le 13/03/2024 à 07h10", "Publié le 12/03/2024 à 18h05", "2024-03-12T18:05")]
    [InlineData("de", "Aktualisiert am 13.03.2024", "Veröffentlicht am 12.03.2024", "2024-03-12")]
    [InlineData("fr", "Publié le 12 mars 2024 à 18h05", "Mis à jour le 13 mars 2024 à 07h10", "2024-03-12T18:05")]
    [InlineData("es", "12/03/2024 18:05h", "Actualizado 13/03/2024 - 07:10h", "2024-03-12T18:05")]
    public void OnTwoLines_TheFirstPublicationDatesTheArticle(string language, string first, string second, string expected)
    {
        var paragraphs = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews", paragraphs[0], first + "\n" + second, paragraphs[1], paragraphs[2], paragraphs[3]);

        Assert.Equal(expected, ArticleParser.Parse(page).Published);
    }

    [Fact]
    public void AnUpdateStampAlone_StillDatesTheArticle()
    {
        var paragraphs = Articles.Of("it");
        var page = string.Join("\n\n", "Home\nCronaca", paragraphs[0], "Aggiornato il 13/03/2024 alle 07:10", paragraphs[1], paragraphs[2], paragraphs[3]);

        Assert.Equal("2024-03-13T07:10", ArticleParser.Parse(page).Published);
    }

    [Fact]
    public void AFirstPublishedStamp_UnderTheHeadline_DatesThePage()
    {
        var paragraphs = Articles.Of("en");
        var page = string.Join("\n\n", paragraphs[0], "First published on Tue 12 Mar 2024 18.05 GMT", paragraphs[1], paragraphs[2], paragraphs[3]);
        var article = ArticleParser.Parse(page);

        Assert.Equal((paragraphs[0], "2024-03-12T18:05"), (article.Title, article.Published));
        Assert.Equal(3, article.Paragraphs.Count);
    }
}
