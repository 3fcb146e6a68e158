using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Datelines of other shapes, under the standfirst and over the first paragraph: the month before the day
/// ("Mar 14, 2024"), a short weekday ("Thu 14 Mar 2024"), a date and time with a function word ("Le 14/03/2024 à
/// 09:45", "14 de marzo de 2024, 09:45"), French "Mis en ligne le", German "Erstellt:" after an update stamp. A
/// dateline between two paragraphs is no practical line of the article, which says what happens and where.
/// </summary>
public sealed class DatelineShapeTests
{
    [Theory]
    [InlineData("en", "Mar 14, 2024", "2024-03-14")]
    [InlineData("en", "Thu 14 Mar 2024 09.45 GMT", "2024-03-14T09:45")]
    [InlineData("fr", "Le 14/03/2024 à 09:45", "2024-03-14T09:45")]
    [InlineData("fr", "Mis en ligne le 14 mars 2024 à 9 h 45", "2024-03-14T09:45")]
    [InlineData("es", "14 de marzo de 2024, 09:45", "2024-03-14T09:45")]
    [InlineData("pt", "14 de março de 2024 às 09:45", "2024-03-14T09:45")]
    [InlineData("de", "Aktualisiert: 15.03.2024, 10:00 Uhr | Erstellt: 14.03.2024, 09:45 Uhr", "2024-03-14T09:45")]
    [InlineData("nl", "do 14 mrt 2024, 09:45", "2024-03-14T09:45")]
    public void ADatelineUnderTheStandfirst_DatesTheArticle_AndIsNoParagraph(string language, string dateline, string published)
    {
        var paragraphs = Articles.Of(language);
        var standfirst = Articles.Closing(language);
        var page = string.Join("\n\n", "Home\nNews\nLocal", paragraphs[0], standfirst, dateline, paragraphs[1], paragraphs[2], paragraphs[3], "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Equal((paragraphs[0], published), (article.Title, article.Published));
        Assert.Equal(new[] { standfirst, paragraphs[1], paragraphs[2], paragraphs[3] }, article.Paragraphs.Select(p => p.Text));
        Assert.DoesNotContain(article.Sections, s => s.Heading is not null);
    }

    [Theory]
    [InlineData("fr", "Réunion publique le 14/03/2024 à 19h30, salle des fêtes")]
    [InlineData("es", "Asamblea vecinal el 14 de marzo de 2024 a las 19:30 en el centro cívico")]
    [InlineData("nl", "Inloopavond op 14 maart 2024 om 19.30 uur in het dorpshuis")]
    public void APracticalLineBetweenParagraphs_StaysTheArticles(string language, string line)
    {
        var paragraphs = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nLocal", paragraphs[0], "12/03/2024", paragraphs[1], line, paragraphs[2], paragraphs[3], "Share\nPrivacy policy");
        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { paragraphs[1], line, paragraphs[2], paragraphs[3] }, article.Paragraphs.Select(p => p.Text));
    }
}
