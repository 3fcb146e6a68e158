using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Session 54 bylines: the writer's name and, after a comma, the place she files from ("Lena Brandt, Kiel", "Rita
/// Carvalhal, em Viseu"), and a byline that calls the page an article ("Un article de Lucie Garnier"). Both sign the
/// article over its first paragraph; the same words inside a paragraph sign nothing.
/// </summary>
public sealed class CommaPlaceAndArticleCreditTests
{
    [Theory]
    [InlineData("de", "Lena Brandt, Kiel", "Lena Brandt")]
    [InlineData("en", "Tom Rudd, Leeds", "Tom Rudd")]
    [InlineData("es", "Marta Ibarra, Teruel", "Marta Ibarra")]
    [InlineData("fr", "Lucie Garnier, à Brest", "Lucie Garnier")]
    [InlineData("it", "Giulia Ferrante, Cuneo", "Giulia Ferrante")]
    [InlineData("pt", "Rita Carvalhal, em Viseu", "Rita Carvalhal")]
    [InlineData("nl", "Femke Dijkstra, Zwolle", "Femke Dijkstra")]
    public void ANameWithItsPlaceAfterAComma_UnderTheHeadline_SignsTheArticle(string language, string byline, string author)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], byline, p[1], p[2], p[3]));

        Assert.Equal(author, article.Author);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text).ToArray());
    }

    [Theory]
    [InlineData("fr", "Un article de Lucie Garnier", "Lucie Garnier")]
    [InlineData("it", "Articolo di Giulia Ferrante", "Giulia Ferrante")]
    [InlineData("es", "Un artículo de Marta Ibarra", "Marta Ibarra")]
    [InlineData("pt", "Um artigo de Rita Carvalhal", "Rita Carvalhal")]
    [InlineData("nl", "Een artikel van Femke Dijkstra", "Femke Dijkstra")]
    [InlineData("nl", "Tekst Femke Dijkstra", "Femke Dijkstra")]
    [InlineData("en", "An article by Tom Rudd", "Tom Rudd")]
    public void AnArticleCredit_UnderTheHeadline_SignsTheArticle(string language, string byline, string author)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], byline, p[1], p[2], p[3]));

        Assert.Equal(author, article.Author);
    }

    // Guard: a job after the comma is the writer's job, read as before; a second name after it is no place.
    [Theory]
    [InlineData("en", "Tom Rudd, Health Correspondent", "Tom Rudd")]
    public void AJobAfterTheComma_StillReadsAsAJob(string language, string byline, string author)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], byline, p[1], p[2], p[3]));

        Assert.Equal(author, article.Author);
    }

    // Guard: the name and its place inside the article's prose sign nothing.
    [Theory]
    [InlineData("fr", "Lucie Garnier, à Brest, a suivi le dossier pendant trois ans avant de rendre son rapport au conseil.")]
    [InlineData("es", "Marta Ibarra, Teruel. La vecina explicó que el proyecto llevaba años esperando una decisión del pleno.")]
    [InlineData("fr", "Un article de Lucie Garnier paru la semaine dernière avait déjà soulevé la question du financement du projet.")]
    public void TheSameWordsInAParagraph_SignNothing(string language, string sentence)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], sentence, p[2], p[3]));

        Assert.Null(article.Author);
    }

    // Guard: a line of two places between paragraphs is no writer's signature.
    [Fact]
    public void TwoPlacesBetweenParagraphs_SignNothing()
    {
        var p = Articles.Of("es");
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], "Puerto Real, Cádiz", p[2], p[3]));

        Assert.Null(article.Author);
    }

    // Guard: a venue and its town over a match report's first paragraph name where it is played, not who wrote it.
    [Theory]
    [InlineData("en", "Harbour Road, Leeds")]
    [InlineData("es", "Estadio Mestalla, Valencia")]
    [InlineData("it", "Piazza Garibaldi, Cuneo")]
    public void AVenueWithItsTown_UnderTheHeadline_SignsNothing(string language, string line)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], line, p[1], p[2], p[3]));

        Assert.Null(article.Author);
    }

    [Theory]
    [InlineData("de", "Redakteurin Lena Brandt", "Lena Brandt")]
    [InlineData("nl", "Verslaggever Femke Dijkstra", "Femke Dijkstra")]
    [InlineData("en", "Reporter Tom Rudd", "Tom Rudd")]
    public void AJobBeforeAName_UnderTheHeadline_SignsTheArticle(string language, string byline, string author)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], byline, p[1], p[2], p[3]));

        Assert.Equal(author, article.Author);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text).ToArray());
    }

    // Guard: a job and a name opening a paragraph's sentence sign nothing.
    [Fact]
    public void AJobAndANameOpeningASentence_SignNothing()
    {
        var p = Articles.Of("de");
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], "Redakteurin Lena Brandt hat den Stadtrat drei Jahre lang begleitet und kennt die Akten.", p[2], p[3]));

        Assert.Null(article.Author);
    }

    [Theory]
    [InlineData("en", "By TOM RUDD and ANN LEE", "Tom Rudd; Ann Lee")]
    [InlineData("fr", "Par LUCIE GARNIER et LÉO ROY", "Lucie Garnier; Léo Roy")]
    public void TwoWritersInCapitals_TheSecondOfShortWords_BothSign(string language, string byline, string author)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], byline, p[1], p[2], p[3]));

        Assert.Equal(author, article.Author, ignoreCase: true);
    }

    // Guard: an agency's acronym after the writer in capitals is no second writer.
    [Fact]
    public void AnAgencyAfterAWriterInCapitals_IsNoSecondWriter()
    {
        var p = Articles.Of("en");
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], "By TOM RUDD and AFP", p[1], p[2], p[3]));

        Assert.Equal("TOM RUDD", article.Author);
    }
}
