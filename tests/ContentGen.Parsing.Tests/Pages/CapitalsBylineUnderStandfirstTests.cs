using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A writer's name in capitals alone between the standfirst and the article's first paragraph ("GIULIA SANTANGELO"):
/// the page's byline, as a template prints it there, no subheading. A label in capitals whose words the prose uses
/// ("QUANTO COSTA") still heads its section.
/// </summary>
public sealed class CapitalsBylineUnderStandfirstTests
{
    // The menu, the headline, the standfirst (the article's first paragraph), the name, then the rest of the article.
    private static string Page(string language, string name)
    {
        var p = Articles.Of(language);
        return string.Join("\n\n", "Menu", p[0], p[1], name, p[2], Articles.Closing(language), p[3]);
    }

    [Theory]
    [InlineData("en", "HARRIET SELWOOD", "Harriet Selwood")]
    [InlineData("de", "JONAS WEIDEMANN", "Jonas Weidemann")]
    [InlineData("es", "RAÚL ESCOBEDO", "Raúl Escobedo")]
    [InlineData("it", "GIULIA SANTANGELO", "Giulia Santangelo")]
    [InlineData("pt", "HELENA SARDINHA", "Helena Sardinha")]
    [InlineData("fr", "CAMILLE ROYER", "Camille Royer")]
    public void ANameInCapitalsUnderTheStandfirst_SignsTheArticle(string language, string name, string author)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(Page(language, name));

        Assert.Equal(author, article.Author, ignoreCase: true);
        Assert.Contains(article.Boilerplate, b => b.Text == name && b.Kind == BoilerplateKind.Byline);
        Assert.DoesNotContain(article.Sections, s => s.Heading == name);
        Assert.Equal(new[] { p[1], p[2], Articles.Closing(language), p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // Guard: a label in capitals whose words the prose uses in lower case is no name, there or further down.
    [Theory]
    [InlineData("en", "NIGHT SERVICE", "The night service will run on weekdays as well, the council said.")]
    [InlineData("it", "QUANTO COSTA", "Il biglietto costa quanto una corsa urbana, ha spiegato il consiglio.")]
    public void ALabelWhoseWordsTheProseUses_IsNoByline(string language, string label, string sentence)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", "Menu", p[0], p[1], label, sentence + " " + p[2], Articles.Closing(language), p[3]));

        Assert.Null(article.Author);
        Assert.DoesNotContain(article.Boilerplate, b => b.Text == label && b.Kind == BoilerplateKind.Byline);
    }
}
