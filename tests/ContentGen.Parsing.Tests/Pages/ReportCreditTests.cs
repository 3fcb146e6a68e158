using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 60 bylines: a byline that calls the piece a report and names who made it ("Un reportage de Clémence Vaudrey et
/// Yannick Berthaud", "A report by Tom Rudd"), as a broadcaster's video page signs its story. It signs the article over
/// its first paragraph, as "Un article de …" does; the same words inside a paragraph sign nothing.
/// </summary>
public sealed class ReportCreditTests
{
    [Theory]
    [InlineData("en", "A report by Tom Rudd and Priya Nair", "Tom Rudd; Priya Nair")]
    [InlineData("fr", "Un reportage de Lucie Garnier et Paul Morvan", "Lucie Garnier; Paul Morvan")]
    [InlineData("de", "Ein Bericht von Lena Brandt und Jonas Weber", "Lena Brandt; Jonas Weber")]
    [InlineData("de", "Eine Reportage von Lena Brandt", "Lena Brandt")]
    [InlineData("es", "Un reportaje de Marta Ibarra y Luis Orte", "Marta Ibarra; Luis Orte")]
    [InlineData("it", "Un servizio di Giulia Ferrante e Marco Levi", "Giulia Ferrante; Marco Levi")]
    [InlineData("pt", "Uma reportagem de Rita Carvalhal e Nuno Viegas", "Rita Carvalhal; Nuno Viegas")]
    [InlineData("nl", "Een reportage van Femke Dijkstra en Ruud Smit", "Femke Dijkstra; Ruud Smit")]
    public void AReportCredit_UnderTheHeadline_SignsTheArticle(string language, string byline, string author)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], Articles.Dateline(language) + "\n" + byline, p[1], p[2], p[3]));

        Assert.Equal(author, article.Author);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text).ToArray());
    }

    // Guard: the same words opening a paragraph's sentence sign nothing.
    [Theory]
    [InlineData("fr", "Un reportage de Lucie Garnier diffusé la semaine dernière avait déjà montré les files d'attente devant la mairie.")]
    [InlineData("en", "A report by Tom Rudd last year had already shown how long the queues outside the surgery had grown.")]
    [InlineData("de", "Ein Bericht von Lena Brandt hatte im vergangenen Jahr gezeigt, wie lang die Schlangen vor dem Rathaus waren.")]
    [InlineData("pt", "Uma reportagem de Rita Carvalhal mostrou no ano passado as filas à porta do centro de saúde da vila.")]
    public void TheSameWordsInAParagraph_SignNothing(string language, string sentence)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], sentence, p[2], p[3]));

        Assert.Null(article.Author);
    }
}
