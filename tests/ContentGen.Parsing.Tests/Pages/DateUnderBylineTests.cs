using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A standfirst printed in two short paragraphs pushes the byline's stack below the page's second block, where a bare date
/// was read as some other story's. The date glued right under the byline is the byline's, however far down the stack stands;
/// a bare date elsewhere that far down still dates nothing.
/// </summary>
public sealed class DateUnderBylineTests
{
    [Theory]
    [InlineData("es", "Las ventas de la subasta subieron un 23 % este invierno.", "Los armadores lo atribuyen a una cuota más generosa.", "Marina Ocaña | Barbate", "12/03/2025 08:40", "2025-03-12T08:40")]
    [InlineData("pt", "Os associados recebem mais seis cêntimos por quilo.", "A medida começa já na próxima vindima.", "Rita Carvalhal | Viseu", "12 Mar 2025, 15:10", "2025-03-12T15:10")]
    [InlineData("nl", "Vanaf volgend jaar gaat de sluis op afstand.", "De sluiswachter kijkt er met gemengde gevoelens naar.", "Femke Dijkstra | Grou", "8 maart 2025, 09:00", "2025-03-08T09:00")]
    public void TheDateUnderTheByline_BelowAStandfirstInTwoParagraphs_DatesTheArticle(string language, string deck, string deck2, string byline, string dateline, string published)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nSport", p[0], deck, deck2, byline + "\n" + dateline, p[1], p[2], p[3], "© 2025 Site");

        Assert.Equal(published, ArticleParser.Parse(page).Published);
    }

    // Guard: a bare date between the article's paragraphs, not under the byline, is no dateline.
    [Fact]
    public void ABareDateBetweenParagraphs_UnderNoByline_DatesNothing()
    {
        var p = Articles.Of("es");
        var page = string.Join("\n\n", "Home\nNews\nSport", p[0], "Las ventas de la subasta subieron un 23 % este invierno.", "Los armadores lo atribuyen a una cuota más generosa.", "Marina Ocaña | Barbate", p[1], p[2], "12/03/2019", p[3], "© 2025 Site");

        Assert.Null(ArticleParser.Parse(page).Published);
    }
}
