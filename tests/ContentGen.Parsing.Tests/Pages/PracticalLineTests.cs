using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// An article's practical line ("Réunion publique jeudi 21 mars à 19h30, salle des fêtes") stands
/// alone between its paragraphs, short and without a full stop, like a subheading, and gives a date
/// or a time, like a dateline. It is neither: it is a paragraph of the article.
/// </summary>
public sealed class PracticalLineTests
{
    [Theory]
    [InlineData("en", "Public meeting on Thursday 21 March 2024 at 19:30 in the town hall")]
    [InlineData("fr", "Réunion publique jeudi 21 mars à 19h30, salle des fêtes")]
    [InlineData("de", "Infoabend am Donnerstag, 21. März, um 19 Uhr im Gemeindehaus")]
    [InlineData("es", "Inscripciones para el club de lectura hasta el 30 de abril de 2024")]
    [InlineData("it", "Assemblea pubblica giovedì 21 marzo alle 18 nella sala del consiglio")]
    [InlineData("pt", "Sessão pública na quinta-feira, 21 de março de 2024, às 18h00 na câmara")]
    [InlineData("nl", "Open dag zaterdag 23 maart van 10.00 tot 16.00 uur")]
    public void APracticalLine_BetweenParagraphs_IsAParagraph(string language, string line)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], line, p[3]));

        Assert.Equal(new[] { p[1], p[2], line, p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.DoesNotContain(article.Sections, s => s.Heading is not null);
        Assert.Empty(article.Boilerplate);
    }

    // A dated line that is a stamp, a name beside a date or a bare date stays a dateline; a heading
    // that names a date without a day of the week still heads its section.
    [Theory]
    [InlineData("en", "Updated 21 March 2024 at 19:30 after the vote in the council")]
    [InlineData("fr", "Céline Garnier • 12 octobre 2022 à 18h05")]
    [InlineData("fr", "Céline Garnier, le 12 octobre 2022 à 18h05")]
    [InlineData("de", "21.03.2024, 19:30 Uhr")]
    public void AStampOrABareDate_BetweenParagraphs_IsStillADateline(string language, string line)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], line, p[3]));

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == line);
    }

    [Theory]
    [InlineData("en", "New timetable from 1 April")]
    [InlineData("de", "Neuer Fahrplan ab 1. April")]
    public void AHeadingWithADate_ButNoDayOfTheWeek_StillHeadsItsSection(string language, string heading)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], heading, p[2], p[3]));

        Assert.Equal(heading, Assert.Single(article.Sections, s => s.Heading is not null).Heading);
    }
}
