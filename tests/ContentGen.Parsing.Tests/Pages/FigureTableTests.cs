using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A table of figures as a dump prints it (rows glued one under another, a label, a column's gap and a figure closing
/// each row, perhaps under a row of column names) between an article's paragraphs is the article's text, and a short
/// line right over it heads its section. Share bars and menus with gaps end on no figure; a footer's table with no
/// prose under it stays the footer's.
/// </summary>
public sealed class FigureTableTests
{
    public static TheoryData<string, string, string[]> Tables() => new()
    {
        { "en", "Where the money goes", new[] { "Area                  £m", "Schools               4.8", "Roads and bridges     3.1", "Fire service          1.6", "Other                 0.6" } },
        { "fr", "Les grands postes", new[] { "Poste                 M€", "Écoles                4,8", "Voirie                3,1", "Pompiers              1,6", "Divers                0,6" } },
        { "de", "Die wichtigsten Zahlen", new[] { "Bereich               Mio. Euro", "Schulen               4,8", "Straßen               3,1", "Feuerwehr             1,6", "Sonstiges             0,6" } },
        { "es", "Las cifras", new[] { "Partida               Millones", "Colegios              4,8", "Carreteras            3,1", "Bomberos              1,6", "Otros                 0,6" } },
        { "it", "I numeri", new[] { "Voce                  Milioni", "Scuole                4,8", "Strade                3,1", "Vigili del fuoco      1,6", "Altro                 0,6" } },
        { "pt", "Onde vai ser gasto o investimento", new[] { "Área                  Milhões de euros", "Abastecimento de água   4,2", "Escolas               1,7", "Habitação             1,1", "Desporto e cultura    0,8" } },
        { "nl", "De cijfers", new[] { "Post                  Mln euro", "Scholen               4,8", "Wegen                 3,1", "Brandweer             1,6", "Overig                0,6" } },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void ATableUnderAHeading_BetweenParagraphs_IsTheArticlesSection(string language, string heading, string[] rows)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var page = string.Join("\n\n", "Menu\nSearch", p[0], p[1], p[2], heading, string.Join("\n", rows), p[3], closing);
        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2] }.Concat(rows).Append(p[3]).Append(closing), article.Paragraphs.Select(x => x.Text));
        Assert.Equal(heading, article.Sections[^1].Heading);
    }

    // Under a lead ending on a colon, a table without column names stays too, with the paragraph under it.
    [Fact]
    public void ATableUnderALead_AtTheArticlesEnd_KeepsTheParagraphUnderIt()
    {
        var p = Articles.Of("en");
        var rows = new[] { "Labour              31", "Conservative         9", "Liberal Democrat     8", "Green                4" };
        var last = "The new councillor will take her seat at the next full council meeting.";
        var page = string.Join("\n\n", "Menu\nSearch", p[0], p[1], p[2], p[3], "Seats on the council after the by-election:", string.Join("\n", rows), last,
            "Most read\n1. Bus station to close for six weeks of repairs\n2. Seafront cafe owner wins national award\n3. Police appeal after van hits shop front", "Terms   Privacy   Cookies");
        var article = ArticleParser.Parse(page);

        Assert.Equal(rows.Append(last), article.Paragraphs.Skip(article.Paragraphs.Count - 5).Select(x => x.Text));
    }

    // A share bar prints gaps between its words but ends on no figure: a short line over it heads nothing.
    [Theory]
    [InlineData("Facebook   WhatsApp   E-Mail   Drucken")]
    [InlineData("Seite 1   2   3   Weiter")]
    public void GapsWithoutFigures_AreNoTable(string bar)
    {
        var p = Articles.Of("de");
        var closing = Articles.Closing("de");
        var page = string.Join("\n\n", "Menü\nSuche", p[0], p[1], p[2], p[3], closing, "Mehr zum Thema", bar + "\n" + bar + "\n" + bar);
        var article = ArticleParser.Parse(page);

        Assert.Equal(closing, article.Paragraphs[^1].Text);
        Assert.All(article.Sections, s => Assert.Null(s.Heading));
    }

    // Rows with a score or a date close no figure ("2-2", "12/03/2024"), and a table under the article with no prose
    // below it stays the page's footer.
    [Fact]
    public void AFootersTable_WithNoProseBelow_StaysTheFooters()
    {
        var p = Articles.Of("nl");
        var closing = Articles.Closing("nl");
        var rows = "Stand eerste klasse\nDijkzicht        18   41\nWestlandia       18   38\nNaaldwijk        18   35\nMonster          18   30";
        var page = string.Join("\n\n", "Menu\nZoeken", p[0], p[1], p[2], p[3], closing, "Meer amateurvoetbal", rows, "© Sportnieuws");
        var article = ArticleParser.Parse(page);

        Assert.Equal(closing, article.Paragraphs[^1].Text);
    }

    // Rows padded to the width of a wrapping dump (40 characters or more) are each a line of their own, not a paragraph
    // the dump wrapped: the heading over them heads them.
    [Theory]
    [InlineData("pt", "Onde vai ser gasto o investimento", "Área                         Milhões de euros|Abastecimento de água                    4,2|Transportes e estradas                   2,9|Escolas                                  1,7|Desporto e cultura                       0,8")]
    [InlineData("en", "How the ward voted", "Candidate          Party                Votes|Nadia Kerr         Green                1,386|Owen Baxter        Labour               1,172|Graham Steele      Conservative           604")]
    public void RowsAsWideAsAWrappedParagraph_AreLinesOfTheirOwn(string language, string heading, string table)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var rows = table.Split('|');
        var page = string.Join("\n\n", "Menu\nSearch", p[0], p[1], p[2], heading, string.Join("\n", rows), p[3], closing);
        var article = ArticleParser.Parse(page);

        Assert.Equal(rows, article.Sections[^1].Heading == heading ? article.Paragraphs.Skip(2).Take(rows.Length).Select(x => x.Text) : Array.Empty<string>());
    }

    // Wrapped prose keeps single spaces between its words: a line ending on a figure goes on into the next.
    [Fact]
    public void WrappedProseEndingOnAFigure_StaysOneParagraph()
    {
        var p = Articles.Of("en");
        var wrapped = "The council said the number of passengers on the night routes rose to 1,386\nlast year, and that the buses would run every half hour from April.";
        var page = string.Join("\n\n", "Menu\nSearch", p[0], p[1], wrapped, p[2], p[3]);
        var article = ArticleParser.Parse(page);

        Assert.Contains(article.Paragraphs, x => x.Text == wrapped.Replace("\n", " ", StringComparison.Ordinal));
    }

    // A share bar's counts ("Facebook      12") open with a menu word: no table, and the line over them heads nothing.
    [Fact]
    public void ShareCounts_AreNoTable()
    {
        var p = Articles.Of("en");
        var closing = Articles.Closing("en");
        var page = string.Join("\n\n", "Menu\nSearch", p[0], p[1], p[2], "Reactions", "Facebook      12\nTwitter        4\nWhatsApp       7", p[3], closing);
        var article = ArticleParser.Parse(page);

        Assert.DoesNotContain(article.Sections, s => s.Heading == "Reactions");
    }

    // A dump that spaces its sentences twice, as typewriters did, prints no column: the wrapped paragraph stays one.
    [Fact]
    public void TwoSpacesAfterASentence_AreNoColumn()
    {
        var p = Articles.Of("en");
        var wrapped = "The council met on Tuesday evening.  The vote was 12\nto 4 in favour of the new night timetable.";
        var page = string.Join("\n\n", "Menu\nSearch", p[0], p[1], wrapped, p[2], p[3]);

        Assert.Contains(ArticleParser.Parse(page).Paragraphs, x => x.Text == wrapped.Replace("\n", " ", StringComparison.Ordinal));
    }

    // A long table is read once: its time grows with its rows, and every row is kept.
    [Fact]
    public void ALongTable_IsReadOnce()
    {
        var p = Articles.Of("en");
        string PageOf(int rowCount)
        {
            var rows = Enumerable.Range(1, rowCount).Select(n => $"Item {n}            {n}.5");
            return string.Join("\n\n", "Menu\nSearch", p[0], p[1], p[2], "The figures:", string.Join("\n", rows), p[3], Articles.Closing("en"));
        }

        ParseGrowth.AssertLinear(PageOf, 500);
        Assert.Equal(2000, ArticleParser.Parse(PageOf(2000)).Paragraphs.Count(x => x.Text.StartsWith("Item ", StringComparison.Ordinal)));
    }
}
