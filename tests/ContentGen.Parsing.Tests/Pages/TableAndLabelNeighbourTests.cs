using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// The neighbours of the session's rules that must not change: a table under a short sentence, a byline or another table;
/// a stray end-signal label over the article's subheading; practical boxes whose labels a match also uses in another
/// sense; a narrow dump that spaces its sentences twice; a sidebar's table between the article and the footer's prose;
/// a footer's short thanks over its label; an obituary teaser under a footer's label; lines of two numbers that count no
/// pictures; and a long table with no prose under it, read once.
/// </summary>
public sealed class TableAndLabelNeighbourTests
{
    private static string Page(string language, params string[] between)
    {
        var p = Articles.Of(language);
        return string.Join("\n\n", new[] { "Menu\nSearch\nLogin", p[0], "12/03/2025 16:00", p[1], p[2] }.Concat(between).Concat(new[] { p[3], Articles.Closing(language) }));
    }

    [Theory]
    [InlineData("en", "Turnout fell again.", "Labour              31\nConservative         9\nLiberal Democrat     8\nGreen                4")]
    [InlineData("de", "So hat der Ortsteil gewählt.", "SPD               31,2\nCDU               24,8\nGrüne             18,1\nFDP                6,4")]
    public void ATableUnderAShortSentence_IsKeptWhole_AndNoRowHeadsASection(string language, string sentence, string table)
    {
        var article = ArticleParser.Parse(Page(language, sentence, table));

        Assert.All(article.Sections, s => Assert.Null(s.Heading));
        Assert.All(table.Split('\n'), row => Assert.Contains(article.Paragraphs, x => x.Text == row));
    }

    [Fact]
    public void ATableUnderAByline_HasNoRowForAHeading()
    {
        var article = ArticleParser.Parse(Page("en", "By Jane Roe", "Labour              31\nConservative         9\nLiberal Democrat     8\nGreen                4"));

        Assert.All(article.Sections, s => Assert.Null(s.Heading));
    }

    [Fact]
    public void TwoTablesInARow_AreBothKept_AndTheSecondsLabelHeadsIt()
    {
        var article = ArticleParser.Parse(Page("en", "Seats:", "Labour              31\nConservative         9\nLiberal Democrat     8",
            "Votes", "Labour            12,001\nConservative       4,310\nGreen              1,200"));

        Assert.Contains(article.Paragraphs, x => x.Text == "Liberal Democrat     8");
        Assert.Contains(article.Paragraphs, x => x.Text == "Green              1,200");
        Assert.Contains(article.Sections, s => s.Heading == "Votes");
    }

    // A stray label with no list under it takes no subheading for a link.
    [Theory]
    [InlineData("en", "Most read", "Two days a week")]
    [InlineData("es", "Noticias relacionadas", "Dos días a la semana")]
    [InlineData("pt", "Notícias relacionadas", "Dois dias por semana")]
    public void AStrayEndLabel_OverTheArticlesSubheading_TakesNothing(string language, string label, string heading)
        => Assert.Contains(ArticleParser.Parse(Page(language, label, heading)).Sections, s => s.Heading == heading);

    // Practical boxes whose one label a match also uses ("Attendance", "Tore" for gates, a helpline's "Assistência").
    [Theory]
    [InlineData("en", "When: Saturday 15 March, 10am to 4pm.\nTickets: £5, children free.\nAttendance: 350 expected.")]
    [InlineData("de", "Wann: Samstag, 15. März, 10 bis 16 Uhr.\nEintritt: 5 Euro, Kinder frei.\nTore: ab 9 Uhr geöffnet.")]
    [InlineData("pt", "Quando: sábado, 15 de março, das 10h às 16h.\nOnde: Praça da República, 12.\nAssistência: linha 808 200 200.")]
    [InlineData("es", "Horario: de 6.00 a 23.00 horas.\nBilletes: 1,50 euros.\nIncidencias: 900 100 200.")]
    public void APracticalBoxUnderTheArticle_StaysTheArticles(string language, string box)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var page = string.Join("\n\n", "Menu\nSearch\nLogin", p[0], "12/03/2025 16:00", p[1], p[2], p[3], closing, box, "© 2025");
        var last = box.Split('\n')[^1];

        Assert.Contains(ArticleParser.Parse(page).Paragraphs, x => x.Text.EndsWith(last, StringComparison.Ordinal));
    }

    // A narrow dump that spaces its sentences twice wraps a paragraph on a line that ends on a figure: one paragraph still.
    [Theory]
    [InlineData("en", "The hall was full on Friday.  Organisers counted 1,200\npeople, more than last year.  Some had to stand at\nthe back, and the doors were closed at 8.  They said 300\nmore would have come with another room.")]
    [InlineData("de", "Der Saal war voll.  Die Veranstalter zählten 1.200\nBesucher, mehr als im Vorjahr.  Viele mussten\nhinten stehen.")]
    public void ADoubleSpacedNarrowWrap_StaysOneParagraph(string language, string wrapped)
        => Assert.Contains(ArticleParser.Parse(Page(language, wrapped)).Paragraphs, x => x.Text == wrapped.Replace("\n", " ", StringComparison.Ordinal));

    // A sidebar's table with unnamed columns between the article and the footer's prose is no section of the article.
    [Theory]
    [InlineData("de", "Börse", "DAX          18.342\nMDax         26.120\nTecDax        3.410\nEuroStoxx     4.901")]
    [InlineData("en", "League table", "Harbour Town      18   41\nWestford          18   38\nKingsmere         18   35\nEastmoor          18   30")]
    public void ASidebarsTable_AfterTheArticle_IsNoSectionOfIt(string language, string label, string table)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var footer = language == "de"
            ? "Der Tagesspiegel für das Tal ist eine unabhängige Zeitung, die seit vielen Jahren über die Gemeinden, die Vereine und die Politik in der Region berichtet und jeden Morgen erscheint."
            : "The Valley Courier is an independent paper founded in 1998. It is funded by its readers and its subscribers, and its newsroom sits above the old post office.";
        var page = string.Join("\n\n", "Menu\nSearch\nLogin", p[0], "12/03/2025 16:00", p[1], p[2], p[3], closing, label, table, footer, "© 2025");
        var article = ArticleParser.Parse(page);

        Assert.DoesNotContain(article.Sections, s => s.Heading == label);
        Assert.DoesNotContain(article.Paragraphs, x => x.Text == table.Split('\n')[0]);
    }

    [Fact]
    public void AFootersShortThanks_CarriesTheArticleOnToNoLabel()
    {
        var p = Articles.Of("en");
        var page = string.Join("\n\n", "Menu\nSearch\nLogin", p[0], "12/03/2025 16:00", p[1], p[2], p[3], Articles.Closing("en"), "Thank you.", "About the Courier",
            "The Valley Courier is an independent paper founded in 1998. It is funded by its readers and its subscribers.", "© 2025");

        Assert.DoesNotContain(ArticleParser.Parse(page).Sections, s => s.Heading == "About the Courier");
    }

    // Under a footer's label, a line of life dates is another obituary's teaser.
    [Fact]
    public void ALifeSpanTeaser_UnderAFootersLabel_IsThePages()
    {
        var p = Articles.Of("en");
        var page = string.Join("\n\n", "Menu\nSearch\nLogin", p[0], "12/03/2025 16:00", p[1], p[2], p[3], Articles.Closing("en"), "More obituaries",
            "Tom Poe, boat builder, born 1941, died 2025", "© 2025 Valley News");
        var article = ArticleParser.Parse(page);

        Assert.Equal(Articles.Closing("en"), article.Paragraphs[^1].Text);
    }

    [Theory]
    [InlineData("2 a 2")]
    [InlineData("4 to 6")]
    public void TwoNumbersJoinedByAnotherWord_CountNoPictures(string line) => Assert.False(PageLines.IsCaption(line));

    // A long table under the article with no prose under it stays the footer's, and is read once: its time grows with its rows.
    [Fact]
    public void ALongTableWithNoProseUnderIt_IsReadOnce()
    {
        var p = Articles.Of("en");
        ParseGrowth.AssertLinear(
            rowCount =>
            {
                var rows = Enumerable.Range(1, rowCount).Select(n => $"Item number {n}        {3 * n}");
                return string.Join("\n\n", "Menu\nSearch\nLogin", p[0], "12/03/2025 16:00", p[1], p[2], "The figures", string.Join("\n", rows), "© 2025");
            },
            2000);
    }
}
