using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// An aggregator's copy credits the outlet whose article it carries on a line of its own in its header, over the headline
/// ("Provided by The Harrowgate Courier"): the outlet is the source, not the aggregator whose masthead tops the page. A
/// person credited so (a photo's credit), a provider line naming no publication, or the words inside a sentence of the
/// article leave the masthead the source. Invented pages, in other words than the tuning page that showed it.
/// </summary>
public sealed class ProviderLineOutletTests
{
    private const string Aggregator = "Feedwise";

    // The aggregator's masthead and menu, the provider's line on its own or glued under the menu, the headline, the date and
    // the article, the aggregator's rights at the foot.
    private static string Page(string language, string line, bool glued)
    {
        var p = Articles.Of(language);
        var header = Aggregator + "\n" + Articles.GappedMenu(language) + (glued ? "\n" + line : "\n\n" + line);
        return string.Join("\n\n", header, p[0], Articles.Dateline(language), p[1], p[2], p[3], "© 2026 " + Aggregator);
    }

    [Theory]
    [InlineData("en", "Provided by The Harrowgate Courier", "The Harrowgate Courier", true)]
    [InlineData("en", "Provided by the Marsh Valley Gazette", "Marsh Valley Gazette", false)]
    [InlineData("fr", "Fourni par Le Courrier du Vexin", "Le Courrier du Vexin", true)]
    [InlineData("de", "Bereitgestellt von Kinzigtaler Bote", "Kinzigtaler Bote", false)]
    [InlineData("es", "Proporcionado por El Diario del Jalón", "El Diario del Jalón", true)]
    [InlineData("it", "Fornito da La Gazzetta di Valsesia", "La Gazzetta di Valsesia", false)]
    [InlineData("pt", "Fornecido por Jornal da Beira Serra", "Jornal da Beira Serra", true)]
    [InlineData("nl", "Geleverd door Dagblad Zuidwest", "Dagblad Zuidwest", false)]
    public void AProviderLine_NamesTheSource(string language, string line, string source, bool glued)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(Page(language, line, glued));

        Assert.Equal(source, article.Source);
        Assert.Equal(p[0], article.Title);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // Guards: a person or a body credited so (a photo's credit), a provider naming no publication, and the words opening a
    // sentence name no outlet: the source stays the aggregator's masthead, or none.
    [Theory]
    [InlineData("en", "Provided by Anna Keller")]
    [InlineData("fr", "Fourni par la mairie de Vernay")]
    [InlineData("de", "Bereitgestellt von Stadtwerke Kinzigtal")]
    [InlineData("es", "Proporcionado por el Ayuntamiento de Calatorao")]
    [InlineData("it", "Fornito da Marco Bellini")]
    [InlineData("pt", "Fornecido por Câmara Municipal de Pinhel")]
    [InlineData("nl", "Geleverd door Gemeente Zuidwest")]
    [InlineData("en", "Provided by the council in 2019, the survey noted surface rust on the Courier building's roof.")]
    public void AProviderLineNamingNoPublication_LeavesTheSource(string language, string line)
    {
        foreach (var glued in new[] { false, true })
        {
            var article = ArticleParser.Parse(Page(language, line, glued));

            Assert.True(article.Source is null or Aggregator, article.Source);
        }
    }
}
