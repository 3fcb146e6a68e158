using ContentGen.Parsing;
using ContentGen.Parsing.Structure;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 71 (ptitle): a print replica keeps the front page's issue line under the masthead, the paper's price and the
/// issue's number between spaced dashes ("Quotidien régional - 1,40 € - N° 24 118"). The French replica among the tuning
/// pages read it as its headline. It is the masthead's (<c>IssueLines.IsIssueLine</c>) in every language; a headline that
/// names a price or a number in a clause of its own is none.
/// </summary>
public sealed class IssueLineTests
{
    [Theory]
    [InlineData("en", "Regional daily - £1.40 - No. 24,118")]
    [InlineData("fr", "Quotidien régional - 1,40 € - N° 24 118")]
    [InlineData("de", "Regionale Tageszeitung · 2,10 € · Nr. 48 112")]
    [InlineData("es", "Diario regional | 1,50 € | Núm. 12.345")]
    [InlineData("it", "Quotidiano locale – 1,50 € – N. 67")]
    [InlineData("pt", "Diário regional - 1,20 € - N.º 4521")]
    [InlineData("nl", "Regionaal dagblad - € 2,50 - nr. 118")]
    public void AReplicasIssueLine_UnderTheMasthead_IsNoHeadline(string language, string issue)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", Articles.Masthead(language) + "\n" + issue, p[0], Articles.Dateline(language), p[1], p[2], p[3]);

        var article = ArticleParser.Parse(page);

        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, x => x.Text == issue);
    }

    [Theory]
    [InlineData("Quotidien régional - 1,40 € - N° 24 118", true)]
    [InlineData("£1.40 | No. 24,118", true)]
    [InlineData("Jahrgang 78 · Nr. 48 · 2,10 €", true)]
    [InlineData("Diário - 1,20 € - Nº 4521", true)]
    // A headline's clause beside the price or the number.
    [InlineData("Bread rises to £1.40 - No. 1 bakery closes", false)]
    [InlineData("Le pain à 1,40 € - N° 1 des ventes", false)]
    // A price with no issue's number, a number with no price.
    [InlineData("Quotidien régional - 1,40 €", false)]
    [InlineData("Regionale Tageszeitung · Nr. 48 112", false)]
    // A word opening on n that is no mark ("Nord. 12"), and a sentence's stop in a part.
    [InlineData("Nord. 12 - 1,40 €", false)]
    [InlineData("Ticket prices rise. - 2 € - No. 4", false)]
    // Hyphens inside words part nothing: one part holds the price and the number.
    [InlineData("Saint-Aubin 1,40 € N° 4", false)]
    public void OnlyAPriceAndAnIssueNumber_MakeAnIssueLine(string line, bool issue)
        => Assert.Equal(issue, IssueLines.IsIssueLine(line.AsSpan()));
}
