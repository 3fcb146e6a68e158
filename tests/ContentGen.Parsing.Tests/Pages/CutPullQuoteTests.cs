using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A pull quote in quotation marks that an editor cut from a paragraph's sentence, leaving words out or joining two of
/// its sentences, or printed in single quotation marks: still the article's words said again, set aside. A quoted line
/// whose words the article does not say in that order, or spreads over a far longer stretch, stays.
/// </summary>
public sealed class CutPullQuoteTests
{
    // Line 3 of each closing paragraph, cut: "… the last changes … will be made" has words left out.
    [Theory]
    [InlineData("en", "“Residents can send their remarks until the end of the month”")]
    [InlineData("fr", "« Les habitants pourront envoyer leurs remarques jusqu'à la fin du mois »")]
    [InlineData("de", "„Die Bewohner können ihre Anmerkungen bis zum Ende des Monats einreichen“")]
    [InlineData("es", "«Los vecinos podrán enviar sus comentarios hasta el final del mes»")]
    [InlineData("it", "«Gli abitanti potranno inviare le loro osservazioni fino alla fine del mese»")]
    [InlineData("pt", "«Os moradores podem enviar as suas observações até ao fim do mês»")]
    [InlineData("nl", "'De bewoners kunnen hun opmerkingen tot het einde van de maand indienen'")]
    public void APullQuoteCutFromAParagraph_IsSetAside(string language, string pullQuote)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], closing, p[1], pullQuote, p[2], p[3]));

        Assert.Equal(new[] { closing, p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Equal(BoilerplateKind.Repeated, Assert.Single(article.Boilerplate, b => b.Text == pullQuote).Kind);
    }

    // Guard: a quoted sentence of words the article says, but in another order or scattered over its paragraphs, is
    // someone's words printed once: it stays in the body.
    [Theory]
    [InlineData("en", "“Until the end of the month residents can send their remarks”")]
    [InlineData("fr", "« Les habitants de la vallée attendent les bus depuis la fin du mois »")]
    [InlineData("de", "„Die Bewohner fordern seit Jahren einen Nachtbus bis in die Dörfer“")]
    public void AQuotedLineNotCutFromAParagraph_Stays(string language, string quoted)
    {
        var p = Articles.Of(language);
        var closing = Articles.Closing(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], closing, p[1], quoted, p[2], p[3]));

        Assert.Contains(article.Paragraphs, x => x.Text == quoted);
    }
}
