using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A match report prints a fact box under its headline: the score, then lines that each give a label and a figure
/// ("Scorers: Roe 34, Poe 88" / "Attendance: 4,812"). The box stands right over the byline, where a headline
/// stands, but it is no headline.
/// </summary>
public sealed class FactBoxTests
{
    [Theory]
    [InlineData("en", "Harbour Town 2-1 Millbrook Rovers\nScorers: Roe 34, Poe 88; Doe 61\nAttendance: 4,812", "By Tom Vale")]
    [InlineData("de", "FC Hafenstadt – SV Mühlbach 2:1 (0:1)\nTore: 0:1 Roth (27.), 1:1 Berg (64.)\nZuschauer: 640", "Von Jana Kolb")]
    [InlineData("es", "CD Puerto 2-1 UD Molinar\nGoles: 0-1, min. 31: Gil. 1-1, min. 58: Mora\nEspectadores: 1.300", "Por Marta Ruiz")]
    [InlineData("nl", "FC Havenstad 3-2 SV Molendijk\nDoelpunten: 1-0 Bakker (12), 2-0 Mol (40)\nToeschouwers: 2.150", "Door Eva Mol")]
    public void AFactBoxUnderTheHeadline_IsNoHeadline(string language, string box, string byline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather | Opinion", "LEAGUE", p[0], box, byline + "\n12/03/2024 08:15", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // A headline with one label and a figure, or wrapped over two lines with one colon, stays the headline.
    [Theory]
    [InlineData("en", "Budget: 5,000 council jobs to go by April")]
    [InlineData("fr", "Budget : 300 postes supprimés à la mairie\nd'ici la fin de l'année 2025")]
    [InlineData("de", "Haushalt: Stadt streicht 300 Stellen in der Verwaltung")]
    [InlineData("es", "Presupuesto: 300 empleos menos en el ayuntamiento")]
    public void AHeadlineWithALabelAndAFigure_StaysTheTitle(string language, string headline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather | Opinion", "LOCAL", headline, "12/03/2024 08:15", p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline.Replace('\n', ' '), article.Title);
    }

    // Under the byline, the article's own practical lines open its text: they stay.
    [Theory]
    [InlineData("en", "When: Saturday 15 March, 10am to 4pm\nWhere: Harbour Hall, 12 Quay Street")]
    public void PracticalLinesUnderTheByline_StayTheArticles(string language, string lines)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather | Opinion", "LOCAL", p[0], "By Tom Vale\n12/03/2024 08:15", lines, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Contains(article.Paragraphs, x => x.Text.StartsWith(lines.Substring(0, 10), StringComparison.Ordinal));
    }

    // A live blog's headline with a label and a road's number, glued over the byline and an update stamp: two colons
    // with figures, but the headline's is a phrase, no fact.
    [Theory]
    [InlineData("en", "Live: A28 shut after lorry crash near the Meppel junction", "By Tom Vale\n6 February 2025, 07:52\nLast update: 11:40")]
    [InlineData("nl", "Liveblog: snelweg A28 dicht na ongeluk met vrachtwagen", "Door Eva Mol\n6 februari 2025, 07:52\nLaatste update: 11:40")]
    public void ALiveBlogsHeadline_OverAnUpdateStamp_StaysTheTitle(string language, string headline, string byline)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Coastal Gazette", "News | Sport | Weather | Opinion", "LIVE\n" + headline + "\n" + byline, p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(headline, article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }
}
