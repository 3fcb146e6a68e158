using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A page printed with no blank line anywhere glues its headline to the fact box under it (the result, "Scorers: …",
/// "Attendance: …") or to the labelled stamps under its deck ("Updated: …" / "Created: …"): the run of lines printed
/// together no longer bounds the box. A box's lines are its labelled figures and a line right next to one (the result);
/// the headline a line or more off them is no line of the box, and stays the title.
/// </summary>
public sealed class FactBoxNoBlanksTests
{
    public static TheoryData<string, string, string> Boxes() => new()
    {
        { "en", "Harbour Town 2-1 Millbrook Rovers\nScorers: Roe 34, Poe 88; Doe 61\nAttendance: 4,812", "By Tom Vale" },
        { "de", "FC Hafenstadt – SV Mühlbach 2:1 (0:1)\nTore: 0:1 Roth (27.), 1:1 Berg (64.)\nZuschauer: 640", "Von Jana Kolb" },
        { "es", "CD Puerto 2-1 UD Molinar\nGoles: 0-1, min. 31: Gil. 1-1, min. 58: Mora\nEspectadores: 1.300", "Por Marta Ruiz" },
        { "nl", "FC Havenstad 3-2 SV Molendijk\nDoelpunten: 1-0 Bakker (12), 2-0 Mol (40)\nToeschouwers: 2.150", "Door Eva Mol" },
    };

    [Theory]
    [MemberData(nameof(Boxes))]
    public void AHeadlineGluedOverAFactBox_OnAPageWithNoBlankLines_StaysTheTitle(string language, string box, string byline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n", "Coastal Gazette", "News | Sport | Weather | Opinion", "LEAGUE", p[0], box, byline, "12/03/2024 08:15", p[1], p[2], p[3], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Contains(p[1], article.Paragraphs.Select(x => x.Text));
    }

    // The same page with its blank lines: the headline was the title, and stays it.
    [Theory]
    [MemberData(nameof(Boxes))]
    public void AHeadlineOverAFactBox_WithItsBlankLines_StaysTheTitle(string language, string box, string byline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather | Opinion", "LEAGUE", p[0], box, byline + "\n12/03/2024 08:15", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
    }

    [Theory]
    [InlineData("en", "The council says the works will last until the spring.", "By Tom Vale", "Updated: 18/09/2025, 17:05", "Created: 17/09/2025, 06:30")]
    [InlineData("de", "Die Stadt rechnet mit Bauarbeiten bis in das Frühjahr hinein.", "Von Jana Kolb", "Aktualisiert: 18.09.2025, 17:05 Uhr", "Erstellt: 17.09.2025, 06:30 Uhr")]
    public void AHeadlineGluedOverItsDeckAndLabelledStamps_OnAPageWithNoBlankLines_StaysTheTitle(string language, string deck, string byline, string updated, string created)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n", "Coastal Gazette", "News  Traffic  Weather  Sport", "Newsletter  Subscribe", "Traffic", p[0], deck, byline, updated, created, p[1], p[2], p[3], Articles.Closing(language));

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Contains(p[1], article.Paragraphs.Select(x => x.Text));
    }

    // The box's own lines, the result glued over its first fact included, are never the title on such a page.
    [Fact]
    public void TheResultGluedOverTheFacts_IsNoTitle()
    {
        var p = Articles.Of("de");
        var page = string.Join("\n", "Coastal Gazette", "News | Sport | Weather | Opinion", "FC Hafenstadt – SV Mühlbach 2:1 (0:1)", "Tore: 0:1 Roth (27.), 1:1 Berg (64.)", "Zuschauer: 640", "Von Jana Kolb", "12/03/2024 08:15", p[1], p[2], p[3], Articles.Closing("de"));

        var article = ArticleParser.Parse(page);

        Assert.NotEqual("FC Hafenstadt – SV Mühlbach 2:1 (0:1)", article.Title);
        Assert.DoesNotContain(":", article.Title);
    }
}
