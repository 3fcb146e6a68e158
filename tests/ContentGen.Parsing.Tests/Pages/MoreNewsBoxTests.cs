using ContentGen.Parsing;

namespace ContentGen.Parsing.Tests.Pages;

/// <summary>
/// A "more news" box a site drops between an article's paragraphs ("Más noticias", "Mais notícias", "Altre notizie",
/// "More news" alone on its line, the other stories' headlines glued under it) is read as a "read also" box: its label
/// and headlines are set aside, and the article goes on under it. A sentence that opens with the same words stays.
/// </summary>
public sealed class MoreNewsBoxTests
{
    [Theory]
    [InlineData("es", "Más noticias", "Medina. La depuradora, a punto de terminarse", "Paredes. Una exposición recuerda a los antiguos molinos")]
    [InlineData("pt", "Mais notícias", "Vila Seca: piscina municipal reabre em junho", "Feira do queijo regressa ao largo da igreja")]
    [InlineData("it", "Altre notizie", "Borgoleone, la piscina riapre a giugno", "Torna la fiera del formaggio in piazza")]
    [InlineData("en", "More news", "Holmbeck pool to reopen in June", "Cheese fair returns to the village green")]
    public void AMoreNewsBoxBetweenParagraphs_IsSetAside_AndTheArticleGoesOn(string language, string label, string first, string second)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], p[1], p[2], label + "\n" + first + "\n" + second, p[3]);
        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == first);
        Assert.Contains(article.Boilerplate, b => b.Text == second);
    }

    [Theory]
    [InlineData("es", "Más noticias llegarán la semana que viene, cuando el pleno vote el presupuesto del año.")]
    [InlineData("en", "More news is expected next week, when the council votes on the budget for the year.")]
    public void ASentenceOpeningWithTheLabelsWords_Stays(string language, string sentence)
    {
        var p = Articles.Of(language);
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], sentence, p[3]));

        Assert.Equal(new[] { p[1], p[2], sentence, p[3] }, article.Paragraphs.Select(x => x.Text));
    }

    // The label may name the section or the place its stories come from ("Más noticias de Local", "More news from Holmbeck").
    [Theory]
    [InlineData("es", "Más noticias de Local", "La tripulación de Salvamento sale dos veces en una sola noche", "Cambios en la ruta del autobús escolar a partir de enero")]
    [InlineData("en", "More news from Holmbeck", "Holmbeck pool to reopen in June", "Cheese fair returns to the village green")]
    [InlineData("it", "Altre notizie da Borgoleone", "La piscina riapre a giugno", "Torna la fiera del formaggio in piazza")]
    public void AMoreNewsBoxNamingItsSection_IsSetAside_AndTheArticleGoesOn(string language, string label, string first, string second)
    {
        var p = Articles.Of(language);
        var page = string.Join("\n\n", p[0], p[1], p[2], label + "\n" + first + "\n" + second, p[3]);
        var article = ArticleParser.Parse(page);

        Assert.Equal(new[] { p[1], p[2], p[3] }, article.Paragraphs.Select(x => x.Text));
        Assert.Contains(article.Boilerplate, b => b.Text == first);
    }

    // A sentence that opens with the label's words and goes on in lower case is the article's, and so is the line under it.
    [Fact]
    public void ALabelsWordsGoingOnInLowerCase_AreNoLabel()
    {
        var p = Articles.Of("es");
        const string line = "Más noticias de la alcaldesa";
        const string under = "La alcaldesa anunció el jueves que el pleno votará el presupuesto en mayo, antes del verano.";
        var article = ArticleParser.Parse(string.Join("\n\n", p[0], p[1], p[2], line + "\n" + under, p[3]));

        Assert.Contains(article.Paragraphs, x => x.Text.Contains(under, StringComparison.Ordinal));
    }
}
