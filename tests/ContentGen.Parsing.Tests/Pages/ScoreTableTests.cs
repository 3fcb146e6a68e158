using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A match report's table of the round's results, each row two teams and the score in a column of its own ("Audax Cerreto -
/// Pol. Montefalco     1-1"), under a lead ending on a colon and over the article's last paragraph: the article's text, as a
/// table of figures is. A score in running text after one space, or a date joined by hyphens, closes no row.
/// </summary>
public sealed class ScoreTableTests
{
    public static TheoryData<string, string, string, string[], string> Tables() => new()
    {
        { "en", "The other results", "The win lifts the leaders to 48 points. The other results on Saturday:", new[] { "Eastmoor Town v Harbury Rovers     2-1", "Longford United v Millbrook        0-0", "Oakfield v Westmarch Athletic      3-2" }, "Next Saturday the leaders travel to Oakfield." },
        { "it", "Gli altri risultati", "Con la vittoria la capolista sale a 48 punti. Questi i risultati della giornata:", new[] { "Virtus Valmora - Sporting Lago     3-1", "Audax Poggio - Pol. Castelfranco   1-1", "Real Pieve - Atletico Borgo        0-2" }, "Domenica prossima la capolista sarà ospite dell'Audax Poggio." },
        { "es", "Los demás resultados", "Con la victoria el líder suma 48 puntos. Los resultados de la jornada:", new[] { "Atlético Arenales - Villamora CF   2-0", "Unión Deportiva Vega - CD Ribera   1-3", "Racing Cisneros - Real Becilla     1-1" }, "El próximo domingo el líder visita al Racing Cisneros." },
        { "de", "Die weiteren Ergebnisse", "Mit dem Sieg hat der Spitzenreiter nun 48 Punkte. Die weiteren Ergebnisse:", new[] { "TuS Lindenau - SV Hafenstadt       2-1", "FC Dijkum - Eintracht Westmarsch   0-0", "VfB Ohlsdorf - SC Kellbach         4-2" }, "Am Sonntag spielt der Spitzenreiter beim VfB Ohlsdorf." },
        { "nl", "De overige uitslagen", "Door de zege heeft de koploper nu 48 punten. De overige uitslagen:", new[] { "Havenstad - Dijkum Boys           1-2", "VV Veldhoven - SV Polderkwartier  3-3", "Zeeburg - Oosterwolde             2-0" }, "Zondag speelt de koploper uit bij Zeeburg." },
    };

    // The report, a subheading, the table under its lead and a short last paragraph, then the page's share bar and rights.
    [Theory]
    [MemberData(nameof(Tables))]
    public void AResultsTableUnderALead_InTheLastSection_IsTheArticles(string language, string heading, string lead, string[] rows, string last)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Menu\nSearch", p[0], p[1], p[2], p[3], heading, lead + "\n" + string.Join("\n", rows), last,
            "Share   Facebook   WhatsApp", "© 2025 Westmarch Sport");
        var article = ArticleParser.Parse(page);

        var paragraphs = article.Paragraphs.Select(x => x.Text).ToList();
        foreach (var row in rows)
        {
            Assert.Contains(row, paragraphs);
        }

        Assert.Equal(last, paragraphs[^1]);
        Assert.Equal(heading, article.Sections[^1].Heading);
    }

    // Guard: a line of running text ending on a score after one space, or rows closing on a date joined by hyphens, are no
    // table's rows; three glued lines of prose ending on a score stay one paragraph.
    [Fact]
    public void AScoreAfterOneSpace_ClosesNoRow()
    {
        var p = Articles.Of("en");
        var wrapped = "The visitors had led at the break through a header from their captain, but the home side\nturned it round after the hour and won the derby in the end by 2-1";
        var page = string.Join("\n\n", "Menu\nSearch", p[0], p[1], wrapped + ".", p[2], p[3]);
        var article = ArticleParser.Parse(page);

        Assert.Contains(article.Paragraphs, x => x.Text == wrapped.Replace('\n', ' ') + ".");
    }

    [Fact]
    public void ADateJoinedByHyphens_ClosesNoRow()
    {
        var p = Articles.Of("en");
        var closing = Articles.Closing("en");
        var dated = "Bus station to close for repairs     12-03-2025\nSeafront cafe owner wins an award   11-03-2025\nPolice appeal after van hits shop   10-03-2025";
        var page = string.Join("\n\n", "Menu\nSearch", p[0], p[1], p[2], p[3], closing, "Most read", dated);
        var article = ArticleParser.Parse(page);

        Assert.Equal(closing, article.Paragraphs[^1].Text);
    }
}
