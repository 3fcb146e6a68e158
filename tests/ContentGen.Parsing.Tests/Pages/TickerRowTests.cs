using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A financial page prints a market ticker over its menu, quotes parted by middle dots, each a name,
/// a level and a signed change ("FTSE MIB 34.812 +0,64% · Brent 78,20 -0,9%"). The row is chrome in every language: never
/// the headline, and its last quote cut off after a separator is no outlet. A row of results with no signed change, a
/// table of standings with no per cent, a single quote and a headline that quotes a figure are no ticker.
/// </summary>
public sealed class TickerRowTests
{
    [Theory]
    [InlineData("en", "Harcourt 412.60 +2.14% · Bellway Foods 88.20 -0.75% · Brent $78.20 +0.9%")]
    [InlineData("fr", "CAC 40 7 412,35 +0,42 % · Vernesse Énergie 18,62 € -1,12 % · Euro/dollar 1,0842 +0,11 %")]
    [InlineData("de", "DAX 18.412 +0,31% · Hochwald Bau 42,10 € +3,05% · Gold 2.314 -0,4%")]
    [InlineData("es", "Ibex 35 11.204 +0,55% · Aceites Tiétar 6,84 -1,20% · Brent 78,20 -0,9%")]
    [InlineData("it", "Ferralpi Nord 12,46 +7,12% · Adriana Energia 4,318 -0,42% · Brent 78,20 -0,9%")]
    [InlineData("pt", "PSI 6.712 +0,21% · Cortiças do Côa 3,92 € -0,76% · Euro/dólar 1,0842 +0,11%")]
    [InlineData("nl", "AEX 912,40 +0,38% · Vechtstreek Bouw 21,15 -1,4% · Brent 78,20 -0,9%")]
    public void ATickerRow_OverTheMenu_IsNoHeadlineAndNamesNoOutlet(string language, string ticker)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", Articles.Masthead(language), ticker, Articles.GappedMenu(language), p[0], Articles.Byline(language), Articles.Dateline(language), p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.DoesNotContain("%", article.Source ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    [Theory]
    [InlineData("FTSE MIB 34.812 +0,64% · Spread BTP-Bund 118 -2 · EUR/USD 1,0842 +0,11%", true)]
    [InlineData("Harcourt 412.60 +2.14% | Bellway Foods 88.20 -0.75%", true)]
    [InlineData("Brent $78.20 +0.9% · Gold 2,314 ▼0.4%", true)]
    [InlineData("DAX 18.412 −0,31 % · MDAX 26.120 +0,12 %", true)]
    [InlineData("Vechtstreek Bouw 21,15 € -1,4% · AEX 912,40 +0,38%", true)]
    // One quote alone is a table's line.
    [InlineData("Ferrovalli 12,46 € +7,12%", false)]
    // A results row with no signed change, a standings row with no per cent, temperatures.
    [InlineData("PVA: 9 concejales · 6.412 votos · 41,3 %", false)]
    [InlineData("Valdeoria: PVA 3.104 · Unidos 2.987 · AV 1.211", false)]
    [InlineData("Ajax 45 +32 · PSV 44 +30 · Feyenoord 41 +25", false)]
    [InlineData("Lisboa 21 +2 · Porto 18 -1 · Faro 24 +3", false)]
    // A headline that quotes a change, a clause among the quotes.
    [InlineData("Ferrovalli sale del 7,12% · Il titolo vola in Borsa", false)]
    [InlineData("La Bourse recule de 0,4% · Les valeurs bancaires pèsent sur le CAC 40 7 412,35 +0,42%", false)]
    [InlineData("Inflation bleibt bei 2,4 % · Preise steigen +0,2%", false)]
    public void QuotesWithSignedChanges_OneInPerCent_MakeATicker(string line, bool ticker)
        => Assert.Equal(ticker, TickerRows.IsTickerRow(line.AsSpan()));

    [Theory]
    [InlineData("FTSE MIB 34.812 +0,64% · FTSE Italia All-Share 37.105 +0,58% · Spread BTP-Bund 118 -2 · EUR/USD 1,0842 +0,11% · Oro 2.314 -0,4% · Brent 78,20 -0,9%")]
    [InlineData("AEX 912,40 +0,38% · Vechtstreek Bouw 21,15 -1,4%")]
    public void TheTickerRow_HoweverLong_IsNavigation(string line)
        => Assert.Equal(BoilerplateKind.Navigation, BoilerplateLines.ClassifyLine(line.AsSpan()));
}
