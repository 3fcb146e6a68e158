using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// Bylines that name more than the writer: the agency in brackets ("Henrik Sauerland (dpa)"), the place the article is
/// filed from after a bar or a dash ("María López | Madrid"), or the writer's name in capitals alone ("MARÍA LÓPEZ").
/// Each signs the article and heads nothing; a section's heading between paragraphs that looks like them stays a heading.
/// </summary>
public sealed class WireAndPlaceBylineTests
{
    [Theory]
    [InlineData("de", "Henrik Sauerland (dpa)", "Henrik Sauerland")]
    [InlineData("fr", "Maëlle Tanguy (AFP) – Kerlouan", "Maëlle Tanguy")]
    [InlineData("es", "Marta Ibarra (EFE) | Teruel", "Marta Ibarra")]
    [InlineData("it", "Paolo Serafini (ANSA), Cuneo", "Paolo Serafini")]
    [InlineData("pt", "Rita Carvalhal (Lusa)", "Rita Carvalhal")]
    [InlineData("en", "Tom Rudd (Reuters) - Leeds", "Tom Rudd")]
    public void ANameWithItsAgencyInBrackets_SignsTheArticle(string language, string byline, string author)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", "Home\nNews\nSport", p[0], byline, p[1], p[2], p[3]);
        var article = ArticleParser.Parse(page);

        Assert.Equal(author, article.Author);
        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text).ToArray());
    }

    [Theory]
    [InlineData("es", "María Ortega | Cáceres", "María Ortega")]
    [InlineData("es", "María Ortega - Cáceres", "María Ortega")]
    [InlineData("pt", "Rita Carvalhal | Viseu", "Rita Carvalhal")]
    [InlineData("it", "Giulia Ferrante – Alba", "Giulia Ferrante")]
    public void ANameWithThePlace_UnderTheHeadline_SignsTheArticle_AndHeadsNothing(string language, string byline, string author)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], byline, p[1], p[2], p[3]));

        Assert.Equal(author, article.Author);
        Assert.DoesNotContain(article.Sections, s => s.Heading is not null);
    }

    [Theory]
    [InlineData("es", "MARÍA ORTEGA")]
    [InlineData("fr", "LUCIE GARNIER")]
    [InlineData("it", "GIULIA FERRANTE")]
    [InlineData("nl", "FEMKE DIJKSTRA")]
    public void ANameInCapitals_UnderTheHeadline_SignsTheArticle_AndHeadsNothing(string language, string byline)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], byline, p[1], p[2], p[3]));

        Assert.Equal(byline, article.Author);
        Assert.DoesNotContain(article.Sections, s => s.Heading is not null);
    }

    // Guard: a heading in capitals that opens with an article is a topic, not a name.
    [Fact]
    public void AHeadingInCapitalsWithAnArticle_StaysAHeading()
    {
        var p = Articles.Of("es");
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], "LA NUEVA TERMINAL", p[2], p[3]));

        Assert.Contains(article.Sections, s => s.Heading == "LA NUEVA TERMINAL");
    }

    // Guard: between paragraphs, two names joined by a dash head a match report's section.
    [Fact]
    public void TwoClubsJoinedByADash_BetweenParagraphs_StayAHeading()
    {
        var p = Articles.Of("es");
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], "Atlético Arrieta - Valdeolmos", p[2], p[3]));

        Assert.Contains(article.Sections, s => s.Heading == "Atlético Arrieta - Valdeolmos");
        Assert.Null(article.Author);
    }

    // Guard: brackets that hold no agency (a year) make no wire byline.
    [Fact]
    public void ANameWithAYearInBrackets_SignsNothing()
    {
        var p = Articles.Of("de");
        var article = ArticleParser.Parse(string.Join("\n\n", "Home\nNews\nSport", p[0], "Henrik Sauerland (1931)", p[1], p[2], p[3]));

        Assert.Null(article.Author);
    }

    // Guard: under the article, a name with capitals in brackets is a match's referee and his union, not a wire's writer.
    [Fact]
    public void ANameWithCapitalsInBrackets_UnderTheArticle_SignsNothing()
    {
        var p = Articles.Of("en");
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], p[3], "Owen Pritchard (WRU)"));

        Assert.Null(article.Author);
    }
}
